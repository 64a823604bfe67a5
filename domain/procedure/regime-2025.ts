import { actionsOfLaw2021 } from './actions';
import { deepFreeze } from './freeze';
import { stepsOfLaw2021, transitionsOfLaw2021 } from './steps';
import type { Regime } from './types';

/** Dossiers detected 01/03/2025 – 30/06/2026: the police hierarchy reviews; regional courts from 01/07/2025. */
export const regime2025: Regime = deepFreeze({
  id: '2025',
  title: 'NĐ 02/2025, TTLT 03/2025, Luật 88/2025, PL 08/2025 — Công an cấp xã chuyển hồ sơ đến Tòa án',
  appliesFrom: '2025-03-01',
  appliesUntil: '2026-06-30',
  chain: {
    opens: 'Trưởng Công an cấp xã (hoặc đơn vị Công an cấp tỉnh phát hiện)',
    reviews: 'Không có cấp xem xét, trừ khi tỉnh quy định (khi đó: Công an cấp tỉnh, Phòng PC04)',
    decides: 'Tòa án nhân dân khu vực (từ 01/07/2025; trước đó TAND cấp huyện)',
    escorts: 'Cơ quan Công an [U]',
  },
  reviewingLevel: { kind: 'per-province', legalBasis: 'TTLT 03/2025 (PLO 04/03/2025): Công an cấp xã gửi hồ sơ đến Tòa án', confidence: 'C-sec' },
  exclusions: { legalBasis: 'Luật XLVPHC Điều 96 khoản 2', confidence: 'U' },
  suspension: { minInpatientDays: 10, countsTowardTerm: false, monthsToContinue: 3, legalBasis: 'NĐ 116/2021/NĐ-CP Điều 58 khoản 2; Luật XLVPHC Điều 112 khoản 2', confidence: 'C' },
  opening: {
    by: ['commune_police'],
    forms: ['dossier-cover-sheet'],
    legalBasis: 'LPCMT 2021 Điều 32–33; TTLT 03/2025/TTLT-BCA-VKSNDTC-TANDTC',
    citations: [
      'Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14',
      'Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung năm 2020 và năm 2025',
      'Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ',
      'Căn cứ Thông tư liên tịch số 03/2025/TTLT-BCA-VKSNDTC-TANDTC',
    ],
  },
  steps: stepsOfLaw2021({
    escort: { amount: 5, legalBasis: 'NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở): 05 ngày kể từ ngày nhận được quyết định', confidence: 'C-sec' },
    readingWindow: { amount: 5, legalBasis: 'NĐ 116/2021/NĐ-CP Chương V Mục 1; Luật XLVPHC Điều 103', confidence: 'U' },
    complaintWindow: { amount: 5, legalBasis: 'PL 03/2022/UBTVQH15 sửa đổi bởi PL 08/2025/UBTVQH15', confidence: 'U' },
    postRehab: {
      adultMonths: 24,
      minorMonths: 12,
      legalBasis: 'LPCMT 2021 Điều 40; NĐ 116/2021/NĐ-CP Điều 81',
      confidence: 'C',
    },
    reviewCheck: { amount: 5, legalBasis: 'Luật XLVPHC Điều 104 (sửa đổi bởi Luật 88/2025/QH15)', confidence: 'OPEN' },
  }),
  actions: { ...actionsOfLaw2021 },
  transitions: transitionsOfLaw2021(),
  termMonths: {
    adultFirst: { min: 12, max: 24, legalBasis: 'Luật XLVPHC Điều 95', confidence: 'C' },
    adultRepeat: { min: 12, max: 24, legalBasis: 'Luật XLVPHC Điều 95', confidence: 'C' },
    minor: { min: 6, max: 12, legalBasis: 'LPCMT 2021 Điều 33', confidence: 'U' },
    minorRepeat: { min: 6, max: 12, legalBasis: 'LPCMT 2021 Điều 33', confidence: 'U' },
  },
  postRehabMonths: { adult: 24, minor: 12, confidence: 'C' },
  electronicMonitoring: false,
});
