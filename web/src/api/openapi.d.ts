// Generated from the API's OpenAPI document by `npm run web:api-types` (scripts/web/api-types.ts). Do not edit.
export interface paths {
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách, tìm kiếm hồ sơ */
        get: operations["listDossiers"];
        put?: never;
        /** Mở hồ sơ */
        post: operations["openDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xem hồ sơ */
        get: operations["getDossier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/request-determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đề nghị xác định tình trạng nghiện
         * @description Roles: commune_police. Steps: determination. LPCMT 2021 Điều 27; NĐ 109/2021/NĐ-CP
         */
        post: operations["action-request-determination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận kết quả xác định tình trạng nghiện
         * @description Roles: health_facility. Steps: determination. NĐ 109/2021/NĐ-CP Điều 2; TT 18/2021/TT-BYT
         */
        post: operations["action-record-determination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/attach-determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đính kèm kết quả xác định tình trạng nghiện đã có
         * @description Roles: commune_police. Steps: determination. LPCMT 2021 Điều 27
         */
        post: operations["action-attach-determination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-voluntary-registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận đăng ký cai nghiện tự nguyện
         * @description Roles: commune_committee. Steps: registration-window. NĐ 116/2021/NĐ-CP Điều 3, Điều 28 khoản 1
         */
        post: operations["action-record-voluntary-registration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-violation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lập biên bản vi phạm
         * @description Roles: commune_police, commune_committee. Steps: commune. NĐ 116/2021/NĐ-CP Điều 33 (Mẫu số 27)
         */
        post: operations["action-record-violation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/attach-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bổ sung tài liệu vào hồ sơ
         * @description Roles: commune_police. Steps: commune. NĐ 116/2021/NĐ-CP Chương V Mục 1
         */
        post: operations["action-attach-document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/set-temporary-management": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quyết định hình thức quản lý trong thời gian làm thủ tục
         * @description Roles: commune_police. Steps: commune. NĐ 116/2021/NĐ-CP Điều 44–45 (Mẫu số 35)
         */
        post: operations["action-set-temporary-management"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/notify-subject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thông báo việc lập hồ sơ cho người bị đề nghị và gia đình
         * @description Roles: commune_police. Steps: commune. NĐ 116/2021/NĐ-CP Chương V Mục 1; Luật XLVPHC Điều 103
         */
        post: operations["action-notify-subject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-reading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận việc đọc hồ sơ
         * @description Roles: commune_police. Steps: commune. NĐ 116/2021/NĐ-CP Chương V Mục 1; Luật XLVPHC Điều 103
         */
        post: operations["action-record-reading"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-exclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận trường hợp không áp dụng biện pháp
         * @description Roles: commune_police. Steps: commune. Luật XLVPHC Điều 96 khoản 2 (đến 30/6/2026); Luật Phòng, chống ma túy 2025 Điều 35 khoản 2 (docs/legal/README.md#exclusions)
         */
        post: operations["action-record-exclusion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chuyển hồ sơ đến cơ quan xem xét, đề nghị
         * @description Roles: commune_police. Steps: commune. Luật XLVPHC Điều 103–104
         */
        post: operations["action-submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/submit-to-court": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chuyển hồ sơ đến Tòa án
         * @description Roles: commune_police. Steps: commune. Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 36; TTLT 03/2025 (docs/legal/regime-2026.md#commune)
         */
        post: operations["action-submit-to-court"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đề nghị Tòa án xem xét, quyết định
         * @description Roles: reviewer. Steps: review. Luật XLVPHC Điều 104
         */
        post: operations["action-approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/return-for-supplementation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả hồ sơ để bổ sung
         * @description Roles: reviewer. Steps: review. Luật XLVPHC Điều 104
         */
        post: operations["action-return-for-supplementation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thụ lý hồ sơ
         * @description Roles: court_clerk. Steps: court. PL 09/2014/UBTVQH13 Điều 8–9; PL 03/2022/UBTVQH15
         */
        post: operations["action-court-accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tòa án trả hồ sơ
         * @description Roles: court_clerk. Steps: court. PL 09/2014/UBTVQH13 Điều 8; PL 03/2022/UBTVQH15
         */
        post: operations["action-court-return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-schedule-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quyết định mở phiên họp
         * @description Roles: court_clerk. Steps: court. PL 03/2022/UBTVQH15
         */
        post: operations["action-court-schedule-session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gia hạn thời hạn xem xét (tối đa 30 ngày)
         * @description Roles: court_clerk. Steps: court. PL 09/2014/UBTVQH13; PL 03/2022/UBTVQH15
         */
        post: operations["action-court-extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quyết định áp dụng / không áp dụng biện pháp
         * @description Roles: court_clerk. Steps: court. PL 03/2022/UBTVQH15; Luật XLVPHC Điều 95
         */
        post: operations["action-court-decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm đình chỉ việc xem xét
         * @description Roles: court_clerk. Steps: court. PL 03/2022/UBTVQH15
         */
        post: operations["action-court-suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/court-terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đình chỉ việc xem xét
         * @description Roles: court_clerk. Steps: court. PL 03/2022/UBTVQH15 Điều 16; Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 35 khoản 2
         */
        post: operations["action-court-terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/file-complaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận khiếu nại
         * @description Roles: court_clerk. Steps: complaint-window. PL 03/2022/UBTVQH15; PL 01/2022/UBTVQH15
         */
        post: operations["action-file-complaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/file-protest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận kiến nghị, kháng nghị của Viện kiểm sát
         * @description Roles: court_clerk. Steps: complaint-window. PL 03/2022/UBTVQH15
         */
        post: operations["action-file-protest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-decision-receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận ngày người bị đề nghị nhận quyết định
         * @description Roles: court_clerk. Steps: complaint-window. PL 01/2022/UBTVQH15; PL 03/2022/UBTVQH15 (thời hạn khiếu nại tính từ ngày nhận khi vắng mặt; docs/legal/README.md#decisions-taking-effect)
         */
        post: operations["action-record-decision-receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-review-receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận ngày Tòa án xem xét lại nhận hồ sơ
         * @description Roles: court_clerk. Steps: complaint-window. PL 03/2022/UBTVQH15 (thời hạn xem xét lại tính từ ngày nhận hồ sơ [OPEN]; docs/legal/README.md#decisions-taking-effect)
         */
        post: operations["action-record-review-receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-review-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận quyết định giải quyết khiếu nại, kháng nghị
         * @description Roles: court_clerk. Steps: complaint-window. PL 09/2014/UBTVQH13; PL 03/2022/UBTVQH15
         */
        post: operations["action-record-review-decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/escort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đưa người phải chấp hành vào cơ sở cai nghiện
         * @description Roles: escort_police. Steps: execution. NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở)
         */
        post: operations["action-escort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/extend-escort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kéo dài thời hạn đưa vào cơ sở (tối đa 03 tháng)
         * @description Roles: escort_police. Steps: execution. NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở)
         */
        post: operations["action-extend-escort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/request-postponement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đề nghị hoãn chấp hành
         * @description Roles: commune_police. Steps: execution. NĐ 116/2021/NĐ-CP Điều 57
         */
        post: operations["action-request-postponement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-postponement-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận quyết định hoãn chấp hành
         * @description Roles: court_clerk. Steps: execution. NĐ 116/2021/NĐ-CP Điều 57
         */
        post: operations["action-record-postponement-decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-exemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận quyết định miễn chấp hành
         * @description Roles: court_clerk. Steps: execution. NĐ 116/2021/NĐ-CP Điều 57
         */
        post: operations["action-record-exemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-absconding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận người phải chấp hành bỏ trốn
         * @description Roles: escort_police, centre_staff. Steps: execution, serving. NĐ 116/2021/NĐ-CP
         */
        post: operations["action-record-absconding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận vào cơ sở cai nghiện bắt buộc
         * @description Roles: centre_staff. Steps: admission. LPCMT 2021 Điều 29
         */
        post: operations["action-admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/suspend-for-treatment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm đình chỉ chấp hành để điều trị
         * @description Roles: centre_staff. Steps: serving. Luật XLVPHC Điều 112 khoản 2; NĐ 116/2021/NĐ-CP Điều 58 khoản 2
         */
        post: operations["action-suspend-for-treatment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp tục chấp hành
         * @description Roles: centre_staff. Steps: serving. NĐ 116/2021/NĐ-CP Điều 58 khoản 2
         */
        post: operations["action-resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/reduce-term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giảm thời hạn chấp hành
         * @description Roles: centre_staff. Steps: serving. NĐ 116/2021/NĐ-CP
         */
        post: operations["action-reduce-term"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận người bỏ trốn đã trở lại hoặc bị đưa trở lại
         * @description Roles: escort_police, centre_staff. Steps: execution, serving. NĐ 116/2021/NĐ-CP
         */
        post: operations["action-record-return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cấp giấy chứng nhận chấp hành xong
         * @description Roles: centre_staff. Steps: completion. NĐ 116/2021/NĐ-CP
         */
        post: operations["action-complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/start-post-rehab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quyết định quản lý sau cai nghiện
         * @description Roles: commune_committee. Steps: post-rehab. LPCMT 2021 Điều 40; NĐ 116/2021/NĐ-CP Điều 3 khoản 9
         */
        post: operations["action-start-post-rehab"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/set-electronic-monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Áp dụng giám sát điện tử
         * @description Roles: commune_police. Steps: post-rehab. Luật Phòng, chống ma túy 2025 (120/2025/QH15)
         */
        post: operations["action-set-electronic-monitoring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-relapse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận tái nghiện trong thời gian quản lý sau cai nghiện
         * @description Roles: commune_police. Steps: post-rehab. LPCMT 2021 Điều 32 khoản 4
         */
        post: operations["action-record-relapse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/close-post-rehab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cấp giấy chứng nhận hoàn thành quản lý sau cai nghiện
         * @description Roles: commune_committee. Steps: post-rehab. NĐ 116/2021/NĐ-CP Điều 81 (Mẫu số 54)
         */
        post: operations["action-close-post-rehab"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/record-pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận sự kiện bất khả kháng, trở ngại khách quan
         * @description Roles: court_clerk, escort_police. Steps: complaint-window, execution. NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở); PL 01/2022/UBTVQH15
         */
        post: operations["action-record-pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/actions/end-pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận chấm dứt sự kiện bất khả kháng, trở ngại khách quan
         * @description Roles: court_clerk, escort_police. Steps: complaint-window, execution. NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở); PL 01/2022/UBTVQH15
         */
        post: operations["action-end-pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nhật ký: ai đã xem, đã làm gì với hồ sơ, khi nào
         * @description From the audit trail, newest first. For supervisors whose area holds the dossier and for the commune police unit that owns it; ids and codes only.
         */
        get: operations["dossierHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Văn bản của hồ sơ */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải văn bản (PDF đã ký)
         * @description The PDF is read whole and checked against the SHA-256 recorded when it was issued before it is sent: a damaged copy is refused, never served.
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tra cứu tính xác thực của văn bản (công khai)
         * @description JSON, or to a client that prefers `text/html` a page in Vietnamese with the same status. A document whose archived copy is damaged or gone is answered 409 or 410, not with a report.
         */
        get: operations["verifyDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Việc đang chờ đơn vị tôi */
        get: operations["inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hồ sơ quá hạn */
        get: operations["overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thống kê theo đơn vị và kỳ */
        get: operations["stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chỉ tiêu kế hoạch */
        get: operations["listPlanTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan-targets/{unitCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Nhập chỉ tiêu kế hoạch của đơn vị trong năm */
        put: operations["setPlanTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Đơn vị hành chính, cơ quan */
        get: operations["listUnits"];
        put?: never;
        /** Thêm cơ quan (Phòng Lao động - Thương binh và Xã hội, Tòa án, cơ sở cai nghiện…), với thời gian hoạt động */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa tên, trụ sở hoặc thời gian hoạt động của một cơ quan (không sửa đơn vị hành chính chính thức) */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/api/v1/provinces/{code}/review-level": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cấp xem xét, đề nghị của tỉnh (mặc định: không có, hồ sơ chuyển thẳng đến Tòa án) */
        get: operations["getReviewLevel"];
        /** Bật hoặc tắt cấp xem xét, đề nghị của tỉnh, cho các hồ sơ mở từ nay */
        put: operations["setReviewLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch ngày làm việc */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sửa lịch ngày làm việc của một năm */
        put: operations["setCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{year}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xem trước: sửa lịch năm này sẽ dời bao nhiêu thời hạn đang chạy (không lưu) */
        post: operations["previewCalendarYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{year}/days/{date}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Xác nhận ngày nghỉ tạm tính bằng văn bản công bố: từ đó ngày này được tính là ngày nghỉ */
        post: operations["confirmProvisionalDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giải mã dữ liệu Temporal cho Temporal UI (quản trị hệ thống)
         * @description The Temporal UI's remote codec protocol: the payloads as Temporal's JSON carries them (base64), answered in the same shape. Administrators only; every call is audited. The browser origin TEMPORAL_UI_ORIGIN may call it (CORS). With AUTH_MODE=dev, the development sign-in's cookie authenticates it too, for the dev server's UI, which has no sign-in of its own. A payload encrypted under a key hoso does not hold, or altered, is refused (422 `undecryptable-payload`); one not encrypted is answered as it is.
         */
        post: operations["codec-decode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mã hóa dữ liệu Temporal cho Temporal UI (quản trị hệ thống)
         * @description The Temporal UI's remote codec protocol: the payloads as Temporal's JSON carries them (base64), answered in the same shape. Administrators only; every call is audited. The browser origin TEMPORAL_UI_ORIGIN may call it (CORS). With AUTH_MODE=dev, the development sign-in's cookie authenticates it too, for the dev server's UI, which has no sign-in of its own. A payload encrypted under a key hoso does not hold, or altered, is refused (422 `undecryptable-payload`); one not encrypted is answered as it is.
         */
        post: operations["codec-encode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cách đăng nhập vào bàn làm việc (công khai)
         * @description How the console signs in: `dev`, the demo users of /api/v1/dev/… (AUTH_MODE=dev); or `oidc`, the authorization code flow with PKCE at the provider `authority` as the public client `clientId`, asking for `scope`. Unauthenticated by design: the console asks before anyone is signed in.
         */
        get: operations["authConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Người đang đăng nhập
         * @description The caller as the API reads the bearer token: who, in which role, for which unit.
         */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Người dùng mẫu (chỉ khi AUTH_MODE=dev; không cần đăng nhập)
         * @description Development sign-in only: exists when AUTH_MODE=dev, answers 404 with AUTH_MODE=oidc. Unauthenticated by design.
         */
        get: operations["devUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập bằng người dùng mẫu (chỉ khi AUTH_MODE=dev; không cần đăng nhập)
         * @description Development sign-in only: issues an 8-hour token for the demo user named, signed by the development issuer. Exists when AUTH_MODE=dev, answers 404 with AUTH_MODE=oidc. Unauthenticated by design.
         */
        post: operations["devSession"];
        /**
         * Đăng xuất (chỉ khi AUTH_MODE=dev)
         * @description Clears the development sign-in cookie; the page forgets its token itself.
         */
        delete: operations["devSignOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/session/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gia hạn phiên đăng nhập thử nghiệm (chỉ khi AUTH_MODE=dev)
         * @description A new token for the sign-in held in the HttpOnly cookie that POST /dev/session set: after a reload, or before the token expires. 401 `no-session` without a valid cookie.
         */
        post: operations["devSessionRenew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail?: string;
            instance?: string;
        };
        Dossier: {
            /** @description Mã hồ sơ (UUID) */
            dossierId: string;
            code: string;
            /** @enum {string} */
            regimeId: "2022" | "2025" | "2026";
            /** @description Số sự kiện đã ghi; cũng là ETag của hồ sơ */
            version: number;
            /** @enum {string} */
            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
            stepTitle: string;
            closure?: string;
            /** @description Thời điểm (ISO 8601) */
            openedAt: string;
            /** @description Ngày (YYYY-MM-DD) */
            detectedOn: string;
            trigger: string;
            subject: {
                fullName: string;
                /** @description Ngày (YYYY-MM-DD) */
                dateOfBirth: string;
                /** @enum {string} */
                sex: "male" | "female";
                idNumber: string;
                residence: string;
                hasStableResidence: boolean;
            };
            priorMeasures?: string;
            previousDossierId?: string;
            /** @enum {string} */
            voluntaryRehabCase?: "not-registered" | "not-carried-out" | "gave-up";
            /** @description Số lần đã bị đưa vào cơ sở cai nghiện bắt buộc trước hồ sơ này */
            priorPlacements: number;
            /** @description Hồ sơ đi qua cấp xem xét, đề nghị trước khi đến Tòa án */
            reviewRequired: boolean;
            nextDossierId?: string;
            units: {
                commune: string;
                healthFacility?: string;
                reviewer?: string;
                court?: string;
                escort?: string;
                centre?: string;
            };
            anchors: {
                [key: string]: string;
            };
            lapsed: string[];
            violationRecorded: boolean;
            subjectNotified: boolean;
            readingRecorded: boolean;
            temporaryManagement?: {
                /** @enum {string} */
                form: "home" | "facility";
                /** @description Ngày (YYYY-MM-DD) */
                since: string;
                place: string;
            };
            returnsForSupplementation: number;
            courtSuspended: boolean;
            decision?: {
                /** @enum {string} */
                outcome: "apply" | "not-apply" | "terminated";
                months?: number;
                /** @description Ngày (YYYY-MM-DD) */
                announcedOn: string;
            };
            legalReview?: {
                /** @constant */
                kind: "term-outside-bounds";
                detail: string;
                reason: string;
                /** @description Ngày (YYYY-MM-DD) */
                occurredOn: string;
                /** @enum {string} */
                action: "court-decide" | "record-review-decision";
            }[];
            extendedDeadlines: string[];
            pauses: {
                /** @description Ngày (YYYY-MM-DD) */
                startedOn: string;
                /** @description Ngày (YYYY-MM-DD) */
                endedOn?: string;
                /** @enum {string} */
                kind: "obstacle" | "postponement" | "absconding";
                /** @enum {string} */
                step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
            }[];
            suspensions: {
                /** @description Ngày (YYYY-MM-DD) */
                startedOn: string;
                /** @description Ngày (YYYY-MM-DD) */
                endedOn?: string;
            }[];
            absences: {
                /** @description Ngày (YYYY-MM-DD) */
                startedOn: string;
                /** @description Ngày (YYYY-MM-DD) */
                endedOn?: string;
            }[];
            reductionMonths: number;
            electronicMonitoring: boolean;
            guardianNotified?: string;
            overdue: {
                deadlineId: string;
                /** @enum {string} */
                step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                /** @description Thời điểm (ISO 8601) */
                dueAt: string;
                /** @description Thời điểm (ISO 8601) */
                recordedAt: string;
            }[];
            reminded: string[];
            timeline: {
                seq: number;
                /** @enum {string} */
                kind: "opened" | "action" | "deadline-expired" | "overdue" | "calendar-changed" | "notification-failed" | "relapse-dossier-failed";
                /** @enum {string} */
                action?: "request-determination" | "record-determination" | "attach-determination" | "record-voluntary-registration" | "record-violation" | "attach-document" | "set-temporary-management" | "notify-subject" | "record-reading" | "record-exclusion" | "submit" | "submit-to-court" | "approve" | "return-for-supplementation" | "court-accept" | "court-return" | "court-schedule-session" | "court-extend" | "court-decide" | "court-suspend" | "court-terminate" | "file-complaint" | "file-protest" | "record-decision-receipt" | "record-review-receipt" | "record-review-decision" | "escort" | "extend-escort" | "request-postponement" | "record-postponement-decision" | "record-exemption" | "record-absconding" | "admit" | "suspend-for-treatment" | "resume" | "reduce-term" | "record-return" | "complete" | "start-post-rehab" | "set-electronic-monitoring" | "record-relapse" | "close-post-rehab" | "record-pause" | "end-pause";
                /** @enum {string} */
                stepBefore: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                /** @enum {string} */
                stepAfter: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                actor?: {
                    userId: string;
                    /** @enum {string} */
                    role: "commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator";
                    unitCode: string;
                };
                /** @description Ngày (YYYY-MM-DD) */
                occurredOn: string;
                /** @description Thời điểm (ISO 8601) */
                recordedAt: string;
                details?: {
                    [key: string]: unknown;
                };
                late?: boolean;
            }[];
            documents: {
                documentId: string;
                formId: string;
                /** @enum {string} */
                step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                sha256: string;
                objectKey: string;
                size: number;
                revision?: number;
                verificationCode?: string;
            }[];
            /** @description Văn bản chưa phát hành được; không có khi mọi văn bản đã phát hành. Hành vi vẫn được ghi nhận */
            formFailures?: {
                /** @description Mã mẫu văn bản */
                formId: string;
                /** @description Tên mẫu văn bản */
                formTitle: string;
                /** @description Số thứ tự của sự kiện mà văn bản thuộc về */
                seq: number;
                /**
                 * @description Mã lý do không phát hành được
                 * @enum {string}
                 */
                code: "form-input-invalid" | "form-text-unprintable" | "form-not-issued";
                /** @description Lý do, để người dùng đọc */
                reason: string;
                /** @description Các trường dữ liệu gây lỗi (chỉ tên trường, không có giá trị) */
                fields?: string[];
                /** @description Thời điểm (ISO 8601) */
                failedAt: string;
            }[];
            deadlines: {
                id: string;
                description: string;
                owner: string;
                /** @description `overdue`: thời hạn của một cơ quan; `advance`/`lapse`: thời hạn pháp lý tự chuyển bước */
                onExpiry: string;
                /** @description Ngày (YYYY-MM-DD) */
                dueOn: string;
                /** @description Thời điểm (ISO 8601) */
                dueAt: string;
                overdue: boolean;
                calendarVersion: string;
                /** @description Tính theo lịch nghỉ chưa công bố chính thức */
                provisional: boolean;
                legalBasis: string;
                confidence: string;
                /** @description Số ngày làm việc còn lại, tính cả hôm nay nếu là ngày làm việc; null khi đã quá hạn */
                workingDaysLeft: number | null;
                /** @description Số ngày làm việc đã quá hạn; null khi chưa đến hạn */
                overdueWorkingDays: number | null;
            }[];
            /** @description Thời điểm (ISO 8601) */
            dueAt?: string;
            isOverdue: boolean;
            /** @description Ngày (YYYY-MM-DD) */
            termEndsOn?: string;
            /** @description Thao tác người gọi được thực hiện lúc này */
            availableActions: {
                /** @enum {string} */
                action: "request-determination" | "record-determination" | "attach-determination" | "record-voluntary-registration" | "record-violation" | "attach-document" | "set-temporary-management" | "notify-subject" | "record-reading" | "record-exclusion" | "submit" | "submit-to-court" | "approve" | "return-for-supplementation" | "court-accept" | "court-return" | "court-schedule-session" | "court-extend" | "court-decide" | "court-suspend" | "court-terminate" | "file-complaint" | "file-protest" | "record-decision-receipt" | "record-review-receipt" | "record-review-decision" | "escort" | "extend-escort" | "request-postponement" | "record-postponement-decision" | "record-exemption" | "record-absconding" | "admit" | "suspend-for-treatment" | "resume" | "reduce-term" | "record-return" | "complete" | "start-post-rehab" | "set-electronic-monitoring" | "record-relapse" | "close-post-rehab" | "record-pause" | "end-pause";
                /** @description Tên thao tác theo bảng quy trình */
                title: string;
                /**
                 * @description Mã lược đồ nội dung (domain/schemas/actions.ts): trùng mã thao tác
                 * @enum {string}
                 */
                bodySchema: "request-determination" | "record-determination" | "attach-determination" | "record-voluntary-registration" | "record-violation" | "attach-document" | "set-temporary-management" | "notify-subject" | "record-reading" | "record-exclusion" | "submit" | "submit-to-court" | "approve" | "return-for-supplementation" | "court-accept" | "court-return" | "court-schedule-session" | "court-extend" | "court-decide" | "court-suspend" | "court-terminate" | "file-complaint" | "file-protest" | "record-decision-receipt" | "record-review-receipt" | "record-review-decision" | "escort" | "extend-escort" | "request-postponement" | "record-postponement-decision" | "record-exemption" | "record-absconding" | "admit" | "suspend-for-treatment" | "resume" | "reduce-term" | "record-return" | "complete" | "start-post-rehab" | "set-electronic-monitoring" | "record-relapse" | "close-post-rehab" | "record-pause" | "end-pause";
            }[];
            /** @description Tên chính thức của các đơn vị hồ sơ nêu (được giao, và của người đã thao tác), theo mã */
            unitNames: {
                [key: string]: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listDossiers: {
        parameters: {
            query?: {
                /** @description Đơn vị: hồ sơ của các xã thuộc đơn vị này, hoặc hồ sơ giao cho đơn vị này */
                unit?: string;
                /** @description Bước hiện tại */
                step?: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                /** @description Chế độ pháp lý */
                regime?: "2022" | "2025" | "2026";
                /** @description Chỉ hồ sơ đang quá hạn (true) hoặc không quá hạn (false) */
                overdue?: "true" | "false";
                /** @description Hạn xử lý gần nhất không muộn hơn ngày này */
                dueBefore?: string;
                /** @description Mở từ ngày */
                openedFrom?: string;
                /** @description Mở đến hết ngày */
                openedTo?: string;
                /** @description Họ tên (không phân biệt dấu) hoặc số định danh cá nhân (từ 3 chữ số đầu) */
                q?: string;
                /** @description Số mục mỗi trang (tối đa 100) */
                limit?: number;
                /** @description `nextCursor` của trang trước */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hồ sơ trong phạm vi của người gọi, mới nhất trước */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã hồ sơ (UUID) */
                            dossierId: string;
                            code: string;
                            /** @enum {string} */
                            regimeId: "2022" | "2025" | "2026";
                            /** @enum {string} */
                            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                            stepTitle: string;
                            closure: string | null;
                            communeCode: string;
                            subject: {
                                fullName: string;
                                dateOfBirth: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                idNumber: string;
                            };
                            detectedOn: string;
                            openedAt: string;
                            dueAt: string | null;
                            isOverdue: boolean;
                            /** @description Số văn bản của hồ sơ chưa phát hành được (xem `formFailures` của hồ sơ) */
                            failedForms: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openDossier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: {
                        /** @description Họ và tên */
                        fullName: string;
                        /** @description Ngày sinh */
                        dateOfBirth: string;
                        /**
                         * @description Giới tính
                         * @enum {string}
                         */
                        sex: "male" | "female";
                        /** @description Số định danh cá nhân */
                        idNumber: string;
                        /** @description Nơi cư trú */
                        residence: string;
                        /** @description Có nơi cư trú ổn định */
                        hasStableResidence: boolean;
                    };
                    /**
                     * @description Căn cứ: LPCMT 2021 Điều 32 khoản 1–4 (a–d; người từ đủ 18 tuổi) hoặc Điều 33 khoản 1 điểm a–c (từ đủ 12 đến dưới 18 tuổi)
                     * @enum {string}
                     */
                    trigger: "art32-a" | "art32-b" | "art32-c" | "art32-d" | "art33-a" | "art33-b" | "art33-c";
                    /** @description Ngày phát hiện */
                    detectedOn: string;
                    /** @description Xã mở hồ sơ; mặc định là đơn vị của người mở */
                    communeCode?: string;
                    /** @description Số lần đã bị đưa vào cơ sở cai nghiện bắt buộc trước đây (kể cả ngoài hệ thống) */
                    priorPlacements: number;
                    /** @description Biện pháp đã áp dụng trước đó (ví dụ giáo dục tại xã) */
                    priorMeasures?: string;
                    /** @description Chọn chế độ pháp lý khác chế độ đang có hiệu lực vào ngày phát hiện, kèm lý do */
                    regimeOverride?: {
                        /** @enum {string} */
                        regimeId: "2022" | "2025" | "2026";
                        reason: string;
                    };
                    /**
                     * @description Với căn cứ Điều 32 khoản 1 hoặc Điều 33 khoản 1 điểm a: không đăng ký, không thực hiện, hay tự ý chấm dứt cai nghiện tự nguyện
                     * @enum {string}
                     */
                    voluntaryRehabCase?: "not-registered" | "not-carried-out" | "gave-up";
                };
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dossier as last recorded, with what the caller may do now */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-request-determination": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Cơ sở y tế được đề nghị */
                    healthFacilityCode: string;
                    /**
                     * @description Trường hợp phải xác định (LPCMT 2021 Điều 27 khoản 1 điểm a–d); mặc định suy ra từ hồ sơ
                     * @enum {string}
                     */
                    determinationCase?: "a" | "b" | "c" | "d";
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-determination": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /**
                     * @description Kết quả xác định tình trạng nghiện
                     * @enum {string}
                     */
                    result: "addicted" | "not-addicted";
                    /** @description Chất ma túy xác định tình trạng nghiện */
                    substances?: string[];
                    /** @description Tiêu chuẩn chẩn đoán đáp ứng (1–6, Thông tư 18/2021/TT-BYT Điều 3) */
                    criteriaMet?: number[];
                    /** @description Người thực hiện xác định; mặc định là người ghi nhận */
                    physician?: {
                        /** @description Họ và tên (có thể kèm cấp bậc) */
                        name: string;
                        /** @description Chức vụ, đơn vị */
                        title: string;
                    };
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-attach-determination": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @enum {string} */
                    result: "addicted" | "not-addicted";
                    /** @description Cơ sở y tế đã cấp phiếu kết quả */
                    issuedBy: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-voluntary-registration": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-violation": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Hành vi vi phạm (Mẫu số 27) */
                    description: string;
                    /** @description Ý kiến trình bày của người vi phạm */
                    subjectStatement?: string;
                    /** @description Giờ bắt đầu lập biên bản */
                    startedAt?: string;
                    /** @description Giờ kết thúc lập biên bản */
                    endedAt?: string;
                    /** @description Địa điểm lập biên bản */
                    location?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-attach-document": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Tên tài liệu */
                    title: string;
                    /** @description Nội dung bản tóm tắt lý lịch (Mẫu số 30), khi tài liệu bổ sung là bản này */
                    summaryCv?: {
                        otherNames?: string;
                        placeOfBirth: string;
                        hometown: string;
                        ethnicity: string;
                        religion?: string;
                        nationality?: string;
                        education: string;
                        occupation: string;
                        family: {
                            relationship: string;
                            fullName: string;
                            yearOfBirth?: number;
                            occupation?: string;
                            residence?: string;
                        }[];
                        history: {
                            period: string;
                            activity: string;
                        }[];
                        criminalRecord?: string[];
                        administrativeRecord?: string[];
                        drugUse: {
                            since: string;
                            substances: string[];
                            method?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-set-temporary-management": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /**
                     * @description Quản lý tại gia đình hoặc tại cơ sở
                     * @enum {string}
                     */
                    form: "home" | "facility";
                    /** @description Nơi quản lý */
                    place: string;
                    /** @description Đại diện gia đình xác nhận (Mẫu số 35) */
                    familyRepresentative?: {
                        fullName: string;
                        /** @description Quan hệ với người nghiện, ví dụ "Mẹ đẻ" */
                        relationship: string;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        dateOfBirth?: string;
                        idNumber?: string;
                        residence?: string;
                        phone?: string;
                    };
                    /** @description Lý do gia đình không nhận quản lý */
                    familyReason?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-notify-subject": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Cha, mẹ hoặc người giám hộ được thông báo (bắt buộc với người dưới 18 tuổi) */
                    guardian?: string;
                    /** @description Quan hệ của người đó với người bị đề nghị, ví dụ "Mẹ đẻ" */
                    guardianRelationship?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-reading": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Người bị đề nghị có mặt đọc hồ sơ; mặc định là có */
                    subjectPresent?: boolean;
                    /** @description Người đọc hồ sơ đã ghi chép */
                    notesTaken?: boolean;
                    /** @description Ý kiến của người đọc hồ sơ */
                    opinions?: string;
                    /** @description Người thân, người đại diện hợp pháp cùng đọc hồ sơ */
                    relatives?: {
                        fullName: string;
                        /** @description Quan hệ với người nghiện, ví dụ "Mẹ đẻ" */
                        relationship: string;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        dateOfBirth?: string;
                        idNumber?: string;
                        residence?: string;
                        phone?: string;
                    }[];
                    /** @description Giờ bắt đầu lập biên bản */
                    startedAt?: string;
                    /** @description Giờ kết thúc lập biên bản */
                    endedAt?: string;
                    /** @description Địa điểm lập biên bản */
                    location?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-exclusion": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /**
                     * @description Trường hợp không áp dụng
                     * @enum {string}
                     */
                    ground: "lacks-administrative-capacity" | "pregnant" | "sole-carer-of-young-child";
                    /** @description Giấy tờ chứng minh (chứng nhận của cơ sở y tế, xác nhận của UBND cấp xã…) */
                    evidence: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-submit": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Cơ quan xem xét, đề nghị */
                    reviewerUnitCode: string;
                    /** @description Kiểm tra các trường hợp không áp dụng biện pháp */
                    exclusionCheck: {
                        /** @description Không có năng lực trách nhiệm hành chính */
                        lacksAdministrativeCapacity: boolean;
                        /** @description Đang mang thai, có chứng nhận của cơ sở khám bệnh, chữa bệnh */
                        pregnant: boolean;
                        /** @description Phụ nữ hoặc người duy nhất đang nuôi con dưới 36 tháng tuổi, được UBND cấp xã xác nhận */
                        soleCarerOfYoungChild: boolean;
                        /** @description Căn cứ đã kiểm tra (ví dụ: xác minh tại nơi cư trú ngày …) */
                        evidence: string;
                    };
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-submit-to-court": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Tòa án có thẩm quyền */
                    courtUnitCode: string;
                    /** @description Kiểm tra các trường hợp không áp dụng biện pháp */
                    exclusionCheck: {
                        /** @description Không có năng lực trách nhiệm hành chính */
                        lacksAdministrativeCapacity: boolean;
                        /** @description Đang mang thai, có chứng nhận của cơ sở khám bệnh, chữa bệnh */
                        pregnant: boolean;
                        /** @description Phụ nữ hoặc người duy nhất đang nuôi con dưới 36 tháng tuổi, được UBND cấp xã xác nhận */
                        soleCarerOfYoungChild: boolean;
                        /** @description Căn cứ đã kiểm tra (ví dụ: xác minh tại nơi cư trú ngày …) */
                        evidence: string;
                    };
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-approve": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Tòa án có thẩm quyền */
                    courtUnitCode: string;
                    /** @description Thời hạn đề nghị (tháng) */
                    proposedMonths: number;
                    /** @description Cơ sở cai nghiện bắt buộc đề nghị */
                    centreUnitCode?: string;
                    /** @description Kết quả kiểm tra tính pháp lý của hồ sơ */
                    findings?: string[];
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-return-for-supplementation": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Lý do trả hồ sơ */
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Thẩm phán (người ký văn bản của Tòa án) */
                    judge?: string;
                    /** @description Số thụ lý; mặc định theo mã hồ sơ */
                    caseNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-return": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                    /** @description Thẩm phán (người ký văn bản của Tòa án) */
                    judge?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-schedule-session": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Ngày mở phiên họp */
                    sessionOn: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-extend": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-decide": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @enum {string} */
                    outcome: "apply" | "not-apply";
                    /** @description Thời hạn áp dụng (tháng), bắt buộc khi áp dụng */
                    months?: number;
                    /** @description Cơ sở cai nghiện bắt buộc */
                    centreUnitCode?: string;
                    /** @description Cơ quan Công an tổ chức thi hành */
                    escortUnitCode?: string;
                    /** @description Thẩm phán (người ký văn bản của Tòa án) */
                    judge?: string;
                    /** @description Kiểm sát viên tham gia phiên họp */
                    procurator?: {
                        /** @description Họ và tên (có thể kèm cấp bậc) */
                        name: string;
                        /** @description Chức vụ, đơn vị */
                        title: string;
                    };
                    /** @description Đại diện cơ quan đề nghị tại phiên họp */
                    proposerRepresentative?: {
                        /** @description Họ và tên (có thể kèm cấp bậc) */
                        name: string;
                        /** @description Chức vụ, đơn vị */
                        title: string;
                    };
                    /** @description Người bị đề nghị có mặt tại phiên họp; mặc định là có */
                    subjectPresent?: boolean;
                    /** @description Xác nhận thời hạn Tòa án quyết định nằm ngoài khung: nêu lý do (hồ sơ sẽ được đánh dấu để rà soát pháp lý) */
                    termOutsideBoundsReason?: string;
                    /** @description Nhận định (xét thấy), mỗi ý một dòng */
                    findings?: string[];
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-suspend": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-court-terminate": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-file-complaint": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    complainant: string;
                    /** @description Nội dung khiếu nại */
                    grounds?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-file-protest": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    procuracy: string;
                    /** @description Nội dung kiến nghị, kháng nghị */
                    grounds?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-decision-receipt": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-review-receipt": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-review-decision": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @enum {string} */
                    outcome: "upheld" | "annulled" | "modified";
                    months?: number;
                    /** @description Xác nhận thời hạn Tòa án quyết định nằm ngoài khung: nêu lý do (hồ sơ sẽ được đánh dấu để rà soát pháp lý) */
                    termOutsideBoundsReason?: string;
                    /** @description Thẩm phán (người ký văn bản của Tòa án) */
                    judge?: string;
                    /** @description Nhận định (xét thấy), mỗi ý một dòng */
                    findings?: string[];
                    /** @description Hậu quả của việc hủy quyết định */
                    consequence?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-escort": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Cán bộ cơ sở cai nghiện nhận người */
                    receivedBy?: {
                        /** @description Họ và tên (có thể kèm cấp bậc) */
                        name: string;
                        /** @description Chức vụ, đơn vị */
                        title: string;
                    };
                    /** @description Tình trạng sức khỏe khi giao nhận */
                    health?: string;
                    /** @description Giờ bắt đầu lập biên bản */
                    startedAt?: string;
                    /** @description Giờ kết thúc lập biên bản */
                    endedAt?: string;
                    /** @description Địa điểm lập biên bản */
                    location?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-extend-escort": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-request-postponement": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @enum {string} */
                    grounds: "illness" | "family-hardship";
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-postponement-decision": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    granted: boolean;
                    /** @description Ngày hết thời hạn hoãn, nếu quyết định có nêu */
                    until?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-exemption": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-absconding": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-admit": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Kết quả kiểm tra sức khỏe ban đầu */
                    healthCheck?: string;
                    /** @description Kết quả xét nghiệm chất ma túy khi tiếp nhận */
                    drugTest?: string;
                    /** @description Giờ bắt đầu lập biên bản */
                    startedAt?: string;
                    /** @description Giờ kết thúc lập biên bản */
                    endedAt?: string;
                    /** @description Địa điểm lập biên bản */
                    location?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-suspend-for-treatment": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    reasons: string;
                    /** @description Số ngày đã điều trị nội trú (theo NĐ 116/2021 phải trên 10 ngày) */
                    inpatientDays?: number;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-resume": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-reduce-term": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    months: number;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-return": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-complete": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-start-post-rehab": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-set-electronic-monitoring": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-relapse": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-close-post-rehab": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-record-pause": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                    /** @description Sự kiện bất khả kháng hoặc trở ngại khách quan */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "action-end-pause": {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa (và cùng nội dung) trong 24 giờ thì nhận lại kết quả lần đầu, không thực hiện hai lần */
                "Idempotency-Key"?: string;
                /** @description ETag của hồ sơ khi người dùng xem (phiên bản, ví dụ "12"); hồ sơ đã đổi thì trả 412 `stale-version` kèm `currentVersion` */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày sự kiện xảy ra theo pháp lý; mặc định là hôm nay */
                    occurredOn?: string;
                    /** @description Ghi chú */
                    note?: string;
                    /** @description Số, ký hiệu văn bản theo sổ của cơ quan; mặc định theo mã hồ sơ */
                    documentNumber?: string;
                };
            };
        };
        responses: {
            /** @description The dossier after the action */
            200: {
                headers: {
                    /** @description Phiên bản của hồ sơ */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dossierHistory: {
        parameters: {
            query?: {
                /** @description Số mục mỗi trang (tối đa 100) */
                limit?: number;
                /** @description `nextCursor` của trang trước */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries of the dossier, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Số thứ tự trong nhật ký kiểm toán */
                            seq: number;
                            /** @description Thời điểm (ISO 8601) */
                            at: string;
                            /** @description Người thực hiện; null khi yêu cầu không có mã thông báo hợp lệ */
                            userId: string | null;
                            role: ("commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator") | null;
                            unitCode: string | null;
                            /** @description Việc đã làm: `dossier.open`, `dossier.read`, `document.read`, `dossier.action.<thao tác>`, … */
                            action: string;
                            /** @description Đối tượng khác, theo mã: văn bản đã xem */
                            target: string | null;
                            /**
                             * @description `refused`: bị từ chối; `aborted`: người gọi ngắt giữa chừng
                             * @enum {string}
                             */
                            outcome: "ok" | "refused" | "error" | "aborted";
                            httpStatus: number | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents in the order issued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            documentId: string;
                            formId: string;
                            /** @description Tên văn bản theo mẫu */
                            title: string;
                            step: string;
                            seq: number;
                            revision: number;
                            /** @description Sai khi đã có bản đính chính thay thế; bản cũ vẫn xem được */
                            current: boolean;
                            reason: string | null;
                            sha256: string;
                            size: number;
                            /** @description Mã tra cứu in trên văn bản, dẫn tới trang kiểm tra công khai */
                            verificationCode: string | null;
                            signer: {
                                unitCode: string;
                                name: string;
                            } | null;
                            signedAt: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `evidence-damaged` (không còn nguyên vẹn): the archived copy is not the one issued: its SHA-256 differs from the one recorded, or MinIO cannot read it intact */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `evidence-missing` (không tìm thấy bản lưu): the archived version the document was recorded as no longer exists */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `evidence-unavailable` (tạm thời không kiểm tra được): the archive did not answer; the same request may be sent again after Retry-After */
            503: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived document read back with the SHA-256 recorded at issue, and whether its signature is valid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Mã tra cứu */
                        code: string;
                        /** @description Tệp lưu trữ còn đúng mã băm SHA-256 đã ghi khi ban hành (luôn đúng ở đây: bản lưu hỏng hoặc mất được trả 409/410) */
                        intact: boolean;
                        /** @description Chữ ký số hợp lệ, bao trùm toàn bộ tệp, và dẫn tới một gốc tin cậy */
                        signatureValid: boolean;
                        /** @description Tên văn bản theo mẫu */
                        title: string;
                        /** @description Cơ quan ký */
                        issuedBy: string | null;
                        signedAt: string | null;
                        revision: number;
                        /** @description Đã có bản đính chính thay thế */
                        superseded: boolean;
                        checkedAt: string;
                    };
                    "text/html": string;
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unknown-verification-code`: no document has this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            /** @description `evidence-damaged` (không còn nguyên vẹn): the archived copy is not the one issued: its SHA-256 differs from the one recorded, or MinIO cannot read it intact */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            /** @description `evidence-missing` (không tìm thấy bản lưu): the archived version the document was recorded as no longer exists */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `evidence-unavailable` (tạm thời không kiểm tra được): the archive did not answer; the same request may be sent again after Retry-After */
            503: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
        };
    };
    inbox: {
        parameters: {
            query?: {
                /** @description Số mục mỗi trang (tối đa 100) */
                limit?: number;
                /** @description `nextCursor` của trang trước */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Running deadlines of the caller’s role and unit, soonest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã hồ sơ (UUID) */
                            dossierId: string;
                            code: string;
                            /** @enum {string} */
                            regimeId: "2022" | "2025" | "2026";
                            /** @enum {string} */
                            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                            stepTitle: string;
                            closure: string | null;
                            communeCode: string;
                            subject: {
                                fullName: string;
                                dateOfBirth: string;
                                /** @enum {string} */
                                sex: "male" | "female";
                                idNumber: string;
                            };
                            detectedOn: string;
                            openedAt: string;
                            dueAt: string | null;
                            isOverdue: boolean;
                            /** @description Số văn bản của hồ sơ chưa phát hành được (xem `formFailures` của hồ sơ) */
                            failedForms: number;
                            deadline: {
                                id: string;
                                description: string;
                                dueAt: string;
                                overdue: boolean;
                                /** @description Số ngày làm việc còn lại, tính cả hôm nay; null khi đã quá hạn */
                                workingDaysLeft: number | null;
                                /** @description Số ngày làm việc đã quá hạn; null khi chưa đến hạn */
                                overdueWorkingDays: number | null;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    overdue: {
        parameters: {
            query?: {
                /** @description Đơn vị (phải thuộc địa bàn của người gọi); mặc định là đơn vị của người gọi */
                unit?: string;
                /** @description Chỉ các thời hạn của bước này */
                step?: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                /** @description Số mục mỗi trang (tối đa 100; tệp CSV lấy tất cả) */
                limit?: number;
                /** @description `nextCursor` của trang trước */
                cursor?: string;
                /** @description `csv`: tệp CSV (UTF-8 có BOM); `xlsx`: tệp Excel, ngày và số ở dạng ngày và số; cũng chọn được bằng tiêu đề `Accept` */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Late steps, most late first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Mã hồ sơ (UUID) */
                            dossierId: string;
                            code: string;
                            /** @enum {string} */
                            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                            stepTitle: string;
                            deadlineId: string;
                            /** @description Việc phải làm trong thời hạn */
                            deadline: string;
                            /** @description Đơn vị phải xử lý */
                            unit: {
                                code: string;
                                name: string;
                            };
                            /** @description Xã của hồ sơ */
                            commune: {
                                code: string;
                                name: string;
                            };
                            dueAt: string;
                            /** @description Số ngày làm việc đã quá hạn, như trang hồ sơ tính; 0 trong chính ngày đến hạn */
                            overdueWorkingDays: number;
                            /** @description Thời gian đã quá hạn tính theo giờ thực */
                            overdueBy: {
                                days: number;
                                hours: number;
                                /** @description Ví dụ "quá hạn 3 ngày 4 giờ" */
                                text: string;
                            };
                        }[];
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stats: {
        parameters: {
            query?: {
                /** @description Đơn vị (phải thuộc địa bàn của người gọi); mặc định là đơn vị của người gọi */
                unit?: string;
                /** @description 6m: 6 tháng gần nhất; 1y: 12 tháng gần nhất; ytd: từ đầu năm (mặc định) */
                period?: "6m" | "1y" | "ytd";
                /** @description Từ ngày (YYYY-MM-DD) */
                from?: string;
                /** @description Đến hết ngày (YYYY-MM-DD) */
                to?: string;
                /** @description `csv`: tệp CSV (UTF-8 có BOM); `xlsx`: tệp Excel, ngày và số ở dạng ngày và số; cũng chọn được bằng tiêu đề `Accept` */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures for the unit’s area and period, with plan targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                        };
                        period: {
                            from: string;
                            to: string;
                        };
                        /** @description Hồ sơ có ngày phát hiện trong kỳ */
                        opened: number;
                        openedBySex: {
                            male: number;
                            female: number;
                        };
                        /** @description Theo tuổi vào ngày phát hiện */
                        openedByAgeGroup: {
                            [key: string]: number;
                        };
                        openedBySexAndAgeGroup: {
                            /** @enum {string} */
                            sex: "male" | "female";
                            /** @enum {string} */
                            ageGroup: "12-17" | "18-29" | "30-39" | "40+";
                            count: number;
                        }[];
                        /** @description Hồ sơ chưa kết thúc, theo bước hiện tại (hôm nay, không theo kỳ) */
                        atStep: {
                            /** @enum {string} */
                            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                            stepTitle: string;
                            count: number;
                        }[];
                        /** @description Tiếp nhận vào cơ sở trong kỳ */
                        admitted: number;
                        /** @description Trả hồ sơ để bổ sung trong kỳ: cơ quan xem xét trả, Tòa án trả */
                        returned: {
                            total: number;
                            byReviewer: number;
                            byCourt: number;
                        };
                        /** @description Tòa án quyết định không áp dụng biện pháp trong kỳ */
                        courtDidNotApply: number;
                        overdue: {
                            /** @description Lần quá hạn phát sinh trong kỳ */
                            inPeriod: number;
                            /** @description Thời hạn đang quá hạn hôm nay */
                            now: number;
                        };
                        /** @description Số ngày trung vị ở mỗi bước, trên các lần rời bước trong kỳ */
                        stepDurations: {
                            /** @enum {string} */
                            step: "intake" | "determination" | "registration-window" | "commune" | "review" | "court" | "complaint-window" | "execution" | "admission" | "serving" | "completion" | "post-rehab" | "closed";
                            stepTitle: string;
                            completed: number;
                            medianDays: number;
                        }[];
                        plan: {
                            year: number;
                            /** @enum {string} */
                            metric: "opened" | "admitted";
                            label: string;
                            /** @description Chỉ tiêu của kế hoạch; null khi chưa nhập */
                            target: number | null;
                            /** @description Thực hiện trong cả năm (đến hôm nay) */
                            actual: number;
                            /** @description Tỷ lệ thực hiện so với chỉ tiêu (%) */
                            percent: number | null;
                            note: string | null;
                        }[];
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlanTargets: {
        parameters: {
            query?: {
                /** @description Đơn vị (phải thuộc địa bàn của người gọi); mặc định là đơn vị của người gọi */
                unit?: string;
                /** @description Năm kế hoạch */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Plan targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            unit: {
                                code: string;
                                name: string;
                            };
                            year: number;
                            /** @enum {string} */
                            metric: "opened" | "admitted";
                            target: number;
                            note: string | null;
                            updatedBy: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPlanTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                unitCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    targets: {
                        /** @description Chỉ tiêu số hồ sơ đề nghị được lập */
                        opened?: number;
                        /** @description Chỉ tiêu số người đưa vào cơ sở cai nghiện bắt buộc */
                        admitted?: number;
                    };
                    /** @description Căn cứ, ví dụ số và ngày của kế hoạch của UBND tỉnh */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Saved targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: {
                            unit: {
                                code: string;
                                name: string;
                            };
                            year: number;
                            /** @enum {string} */
                            metric: "opened" | "admitted";
                            target: number;
                            note: string | null;
                            updatedBy: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description Đơn vị cấp trên (ví dụ mã tỉnh để lấy các xã) */
                parent?: string;
                /** @description Loại đơn vị */
                kind?: "province" | "district" | "commune" | "health_facility" | "reviewer" | "court" | "escort_police" | "centre";
                /** @description Tên, không phân biệt dấu */
                q?: string;
                /** @description Cả đơn vị đã giải thể (các huyện trước 01/7/2025, mà hồ sơ theo chế độ 2022 còn dẫn chiếu) */
                includeAbolished?: "true" | "false";
                /** @description Chỉ các đơn vị còn hoạt động vào ngày này (YYYY-MM-DD), ví dụ ngày của sự kiện: hồ sơ theo chế độ 2022 thấy các cơ quan của năm đó */
                validOn?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "province" | "district" | "commune" | "health_facility" | "reviewer" | "court" | "escort_police" | "centre";
                            /** @description Tỉnh, thành phố, xã, phường, đặc khu… */
                            divisionType: string | null;
                            parentCode: string | null;
                            /** @description Ngày đơn vị bắt đầu hoạt động, nếu biết */
                            validFrom: string | null;
                            /** @description Ngày đơn vị thôi tồn tại, nếu đã giải thể */
                            validTo: string | null;
                            /** @description Đơn vị hành chính theo danh mục chính thức (Tổng cục Thống kê): không sửa qua API */
                            official: boolean;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mã cơ quan: chữ in hoa, số, dấu gạch, ví dụ LDTBXH-TIENDU */
                    code: string;
                    /** @description Tên đầy đủ của cơ quan, như in trên văn bản */
                    name: string;
                    /**
                     * @description Loại cơ quan
                     * @enum {string}
                     */
                    kind: "health_facility" | "reviewer" | "court" | "escort_police" | "centre";
                    /** @description Mã tỉnh, huyện hoặc xã nơi cơ quan đặt trụ sở */
                    parentCode: string;
                    /** @description Ngày cơ quan bắt đầu hoạt động (bỏ trống nếu không giới hạn) */
                    validFrom?: string;
                    /** @description Ngày cơ quan thôi hoạt động, ví dụ ngày sáp nhập (bỏ trống nếu còn hoạt động) */
                    validTo?: string;
                };
            };
        };
        responses: {
            /** @description The agency added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        kind: "province" | "district" | "commune" | "health_facility" | "reviewer" | "court" | "escort_police" | "centre";
                        /** @description Tỉnh, thành phố, xã, phường, đặc khu… */
                        divisionType: string | null;
                        parentCode: string | null;
                        /** @description Ngày đơn vị bắt đầu hoạt động, nếu biết */
                        validFrom: string | null;
                        /** @description Ngày đơn vị thôi tồn tại, nếu đã giải thể */
                        validTo: string | null;
                        /** @description Đơn vị hành chính theo danh mục chính thức (Tổng cục Thống kê): không sửa qua API */
                        official: boolean;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Tên đầy đủ của cơ quan, như in trên văn bản */
                    name?: string;
                    /** @description Mã tỉnh, huyện hoặc xã nơi cơ quan đặt trụ sở */
                    parentCode?: string;
                    validFrom?: string | null;
                    validTo?: string | null;
                };
            };
        };
        responses: {
            /** @description The agency as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @enum {string} */
                        kind: "province" | "district" | "commune" | "health_facility" | "reviewer" | "court" | "escort_police" | "centre";
                        /** @description Tỉnh, thành phố, xã, phường, đặc khu… */
                        divisionType: string | null;
                        parentCode: string | null;
                        /** @description Ngày đơn vị bắt đầu hoạt động, nếu biết */
                        validFrom: string | null;
                        /** @description Ngày đơn vị thôi tồn tại, nếu đã giải thể */
                        validTo: string | null;
                        /** @description Đơn vị hành chính theo danh mục chính thức (Tổng cục Thống kê): không sửa qua API */
                        official: boolean;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReviewLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provinceCode: string;
                        /** @description Hồ sơ mở từ nay đi qua cấp xem xét, đề nghị */
                        reviewRequired: boolean;
                        legalBasis: string | null;
                        updatedBy: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReviewLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Có cấp xem xét, đề nghị (Công an cấp tỉnh) trước khi chuyển hồ sơ đến Tòa án */
                    reviewRequired: boolean;
                    /** @description Văn bản của tỉnh quy định việc này (số, ngày, cơ quan ban hành) */
                    legalBasis: string;
                };
            };
        };
        responses: {
            /** @description The setting saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        provinceCode: string;
                        /** @description Hồ sơ mở từ nay đi qua cấp xem xét, đề nghị */
                        reviewRequired: boolean;
                        legalBasis: string | null;
                        updatedBy: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Calendar years in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        years: {
                            /**
                             * @description Tình trạng lịch
                             * @default published
                             * @enum {string}
                             */
                            status: "published" | "provisional" | "statutory";
                            /** @description Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường) */
                            daysOff: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /**
                             * @description Ngày làm bù vào thứ Bảy, Chủ nhật
                             * @default []
                             */
                            workingWeekendDays: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /** @description Văn bản công bố lịch nghỉ */
                            source: unknown;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Tình trạng lịch
                     * @default published
                     * @enum {string}
                     */
                    status?: "published" | "provisional" | "statutory";
                    /** @description Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường) */
                    daysOff: {
                        /** @description Ngày */
                        date: string;
                        /** @description Tên ngày nghỉ hoặc lý do làm bù */
                        name: string;
                        /**
                         * @description Tình trạng ngày (để trống: như cả năm)
                         * @enum {string}
                         */
                        status?: "published" | "provisional";
                        /** @description Văn bản của riêng ngày này */
                        source?: string;
                    }[];
                    /** @description Ngày làm bù vào thứ Bảy, Chủ nhật */
                    workingWeekendDays?: {
                        /** @description Ngày */
                        date: string;
                        /** @description Tên ngày nghỉ hoặc lý do làm bù */
                        name: string;
                        /**
                         * @description Tình trạng ngày (để trống: như cả năm)
                         * @enum {string}
                         */
                        status?: "published" | "provisional";
                        /** @description Văn bản của riêng ngày này */
                        source?: string;
                    }[];
                    /** @description Văn bản công bố lịch nghỉ */
                    source: string;
                };
            };
        };
        responses: {
            /** @description Saved; open dossiers told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        year: {
                            /**
                             * @description Tình trạng lịch
                             * @default published
                             * @enum {string}
                             */
                            status: "published" | "provisional" | "statutory";
                            /** @description Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường) */
                            daysOff: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /**
                             * @description Ngày làm bù vào thứ Bảy, Chủ nhật
                             * @default []
                             */
                            workingWeekendDays: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /** @description Văn bản công bố lịch nghỉ */
                            source: unknown;
                            year: number;
                        };
                        dossiersNotified: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Tình trạng lịch
                     * @default published
                     * @enum {string}
                     */
                    status?: "published" | "provisional" | "statutory";
                    /** @description Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường) */
                    daysOff: {
                        /** @description Ngày */
                        date: string;
                        /** @description Tên ngày nghỉ hoặc lý do làm bù */
                        name: string;
                        /**
                         * @description Tình trạng ngày (để trống: như cả năm)
                         * @enum {string}
                         */
                        status?: "published" | "provisional";
                        /** @description Văn bản của riêng ngày này */
                        source?: string;
                    }[];
                    /** @description Ngày làm bù vào thứ Bảy, Chủ nhật */
                    workingWeekendDays?: {
                        /** @description Ngày */
                        date: string;
                        /** @description Tên ngày nghỉ hoặc lý do làm bù */
                        name: string;
                        /**
                         * @description Tình trạng ngày (để trống: như cả năm)
                         * @enum {string}
                         */
                        status?: "published" | "provisional";
                        /** @description Văn bản của riêng ngày này */
                        source?: string;
                    }[];
                    /** @description Văn bản công bố lịch nghỉ */
                    source: string;
                };
            };
        };
        responses: {
            /** @description What saving would move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Số thời hạn đang chạy sẽ đổi ngày kết thúc */
                        deadlinesMoved: number;
                        /** @description Số hồ sơ có thời hạn đổi */
                        dossiers: number;
                        /** @description Tối đa 20 thời hạn, để xem trước */
                        examples: {
                            dossierId: string;
                            code: string;
                            deadlineId: string;
                            from: string;
                            to: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmProvisionalDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Số hiệu và tên văn bản (ví dụ: Luật sửa đổi Bộ luật Lao động số …) */
                    instrument: string;
                    /** @description Đường dẫn hoặc nơi đăng văn bản (Công báo, vbpl.vn, …) */
                    reference: string;
                };
            };
        };
        responses: {
            /** @description Confirmed and applied; open dossiers told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: string;
                        year: {
                            /**
                             * @description Tình trạng lịch
                             * @default published
                             * @enum {string}
                             */
                            status: "published" | "provisional" | "statutory";
                            /** @description Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi (ngày thường) */
                            daysOff: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /**
                             * @description Ngày làm bù vào thứ Bảy, Chủ nhật
                             * @default []
                             */
                            workingWeekendDays: {
                                /** @description Ngày */
                                date: string;
                                /** @description Tên ngày nghỉ hoặc lý do làm bù */
                                name: unknown;
                                /**
                                 * @description Tình trạng ngày (để trống: như cả năm)
                                 * @enum {string}
                                 */
                                status?: "published" | "provisional";
                                /** @description Văn bản của riêng ngày này */
                                source?: unknown;
                            }[];
                            /** @description Văn bản công bố lịch nghỉ */
                            source: unknown;
                            year: number;
                        };
                        dossiersNotified: number;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "codec-decode": {
        parameters: {
            query?: never;
            header?: {
                /** @description The Temporal namespace the UI shows; recorded in the audit */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads: {
                        /**
                         * @description Each metadata value in base64, e.g. `encoding`
                         * @default {}
                         */
                        metadata?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: base64
                         * @description The payload bytes in base64
                         * @default
                         */
                        data?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The payloads decoded, in the order sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            /**
                             * @description Each metadata value in base64, e.g. `encoding`
                             * @default {}
                             */
                            metadata: {
                                [key: string]: string;
                            };
                            /**
                             * Format: base64
                             * @description The payload bytes in base64
                             * @default
                             */
                            data: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "codec-encode": {
        parameters: {
            query?: never;
            header?: {
                /** @description The Temporal namespace the UI shows; recorded in the audit */
                "X-Namespace"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    payloads: {
                        /**
                         * @description Each metadata value in base64, e.g. `encoding`
                         * @default {}
                         */
                        metadata?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: base64
                         * @description The payload bytes in base64
                         * @default
                         */
                        data?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The payloads encoded, in the order sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        payloads: {
                            /**
                             * @description Each metadata value in base64, e.g. `encoding`
                             * @default {}
                             */
                            metadata: {
                                [key: string]: string;
                            };
                            /**
                             * Format: base64
                             * @description The payload bytes in base64
                             * @default
                             */
                            data: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    authConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in mode, and for oidc the provider and the console’s client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        mode: "dev";
                    } | {
                        /** @constant */
                        mode: "oidc";
                        /**
                         * Format: uri
                         * @description Địa chỉ của máy chủ xác thực (OIDC issuer)
                         */
                        authority: string;
                        /** @description Mã ứng dụng của bàn làm việc tại máy chủ xác thực */
                        clientId: string;
                        /** @description Phạm vi xin cấp, có openid */
                        scope: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        /** @enum {string} */
                        role: "commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator";
                        unitCode: string;
                        /** @description Tên đơn vị, khi mã đơn vị có trong danh mục */
                        unitName?: string;
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    devUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The demo users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator";
                            unitCode: string;
                            unitName: string;
                        }[];
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    devSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                };
            };
        };
        responses: {
            /** @description A session token (8 h), and the sign-in kept in an HttpOnly cookie */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                        user: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator";
                            unitCode: string;
                            unitName: string;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    devSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    devSessionRenew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new session token (8 h) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                        user: {
                            userId: string;
                            name: string;
                            /** @enum {string} */
                            role: "commune_police" | "commune_committee" | "health_facility" | "reviewer" | "court_clerk" | "escort_police" | "centre_staff" | "supervisor" | "administrator";
                            unitCode: string;
                            unitName: string;
                        };
                    };
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem details (RFC 9457): a stable `code` and a Vietnamese `title` */
            429: {
                headers: {
                    /** @description Số giây cần chờ trước khi gửi lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
