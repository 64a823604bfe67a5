import type { Confidence, DeadlineRule, StepId, StepRule } from './types';

/** Figures that differ between the regimes built on LPCMT 2021 and NĐ 116/2021. */
export interface StepFigures {
  complaintWindow: { amount: number; legalBasis: string; confidence: Confidence };
  /** The person's window to read the compiled dossier, from the notice. */
  readingWindow: { amount: number; legalBasis: string; confidence: Confidence };
  /** Days to take the person to the centre once the decision is in effect (calendar days). */
  escort: { amount: number; legalBasis: string; confidence: Confidence };
  /** Working days, after the reading window ends, to send the dossier on; absent where no period was found. */
  sendAfterReading?: { amount: number; legalBasis: string; confidence: Confidence };
  reviewCheck: { amount: number; legalBasis: string; confidence: Confidence };
  postRehab: { adultMonths: number; minorMonths: number; legalBasis: string; confidence: Confidence };
}

/**
 * The windows after a court's decision: the person's complaint, the proposing body's petition and the procuracy's
 * protest. The decision takes effect only once all of them have passed unused (docs/legal/README.md#decisions-taking-effect).
 */
export const decisionWindows = ['complaint-window.complaint', 'complaint-window.petition', 'complaint-window.protest'] as const;

const transitions2021: Readonly<Record<StepId, readonly StepId[]>> = {
  intake: ['determination'],
  determination: ['registration-window', 'commune', 'closed'],
  'registration-window': ['commune', 'closed'],
  commune: ['review', 'court'],
  review: ['court', 'commune'],
  court: ['complaint-window', 'commune', 'closed'],
  'complaint-window': ['execution', 'closed', 'court'],
  execution: ['admission', 'closed'],
  admission: ['serving'],
  serving: ['completion'],
  completion: ['post-rehab'],
  'post-rehab': ['closed'],
  closed: [],
};

/** A window to challenge the decision: it stops once anything is filed, and the decision takes effect when all pass. */
function decisionWindow(
  id: (typeof decisionWindows)[number],
  from: 'decision-announced' | 'decision-received',
  amount: number,
  description: string,
  { legalBasis, confidence }: { legalBasis: string; confidence: Confidence },
): DeadlineRule {
  return { id, amount, unit: 'working', from, until: 'complaint-filed', onExpiry: 'advance', pause: 'exclude', owner: 'court_clerk', description, legalBasis, confidence };
}

export function transitionsOfLaw2021(): Readonly<Record<StepId, readonly StepId[]>> {
  return transitions2021;
}

/** Steps and deadlines of docs/legal/README.md#steps (each regime page, section 3). */
export function stepsOfLaw2021(figures: StepFigures): Record<StepId, StepRule> {
  const step = (id: StepId, title: string, deadlines: DeadlineRule[] = []): StepRule => ({ id, title, deadlines });
  return {
    intake: step('intake', 'Tiếp nhận, phát hiện trường hợp'),
    determination: step('determination', 'Xác định tình trạng nghiện', [
      {
        id: 'determination.result',
        amount: 5,
        unit: 'calendar',
        from: 'determination-requested',
        until: 'determination-notified',
        onExpiry: 'overdue',
        owner: 'health_facility',
        description: 'Trả kết quả xác định tình trạng nghiện',
        legalBasis: 'NĐ 109/2021/NĐ-CP; TT 18/2021/TT-BYT',
        confidence: 'OPEN',
      },
    ]),
    'registration-window': step('registration-window', 'Thời hạn đăng ký cai nghiện tự nguyện', [
      {
        id: 'registration-window.register',
        amount: 5,
        unit: 'working',
        from: 'determination-notified',
        onExpiry: 'advance',
        owner: 'commune_committee',
        description: 'Người nghiện đăng ký cai nghiện tự nguyện',
        legalBasis: 'NĐ 116/2021/NĐ-CP Điều 3, Điều 28 khoản 1',
        confidence: 'C',
      },
    ]),
    commune: step('commune', 'Lập hồ sơ tại cấp xã', [
      {
        id: 'commune.compile-dossier',
        amount: 5,
        unit: 'working',
        from: 'case-detected',
        // Compiling ends when the dossier is complete and the person is told so: the reading window that follows is
        // the person's time, not the officials' (docs/legal/README.md#steps).
        until: 'subject-notified',
        onExpiry: 'overdue',
        owner: 'commune_police',
        description: 'Lập hồ sơ đề nghị và thông báo cho người bị đề nghị',
        legalBasis: 'NĐ 116/2021/NĐ-CP Chương V Mục 1',
        confidence: 'C',
      },
      {
        id: 'commune.reading-window',
        amount: figures.readingWindow.amount,
        unit: 'working',
        from: 'subject-notified',
        onExpiry: 'lapse',
        owner: 'commune_police',
        description: 'Người bị đề nghị đọc hồ sơ',
        legalBasis: figures.readingWindow.legalBasis,
        confidence: figures.readingWindow.confidence,
      },
      ...(figures.sendAfterReading
        ? [
            {
              id: 'commune.send-dossier',
              // Counted from the notice: the reading window's working days, then these (both in working days).
              amount: figures.readingWindow.amount + figures.sendAfterReading.amount,
              unit: 'working' as const,
              from: 'subject-notified' as const,
              until: 'submitted' as const,
              onExpiry: 'overdue' as const,
              owner: 'commune_police' as const,
              description: 'Chuyển hồ sơ sau khi hết thời hạn đọc hồ sơ',
              legalBasis: figures.sendAfterReading.legalBasis,
              confidence: figures.sendAfterReading.confidence,
            },
          ]
        : []),
    ]),
    review: step('review', 'Xem xét, kiểm tra tính pháp lý và đề nghị Tòa án', [
      {
        id: 'review.legality-check',
        amount: figures.reviewCheck.amount,
        unit: 'working',
        from: 'submitted',
        onExpiry: 'overdue',
        owner: 'reviewer',
        description: 'Kiểm tra tính pháp lý của hồ sơ',
        legalBasis: figures.reviewCheck.legalBasis,
        confidence: figures.reviewCheck.confidence,
      },
    ]),
    court: step('court', 'Tòa án xem xét, quyết định', [
      {
        id: 'court.accept',
        amount: 1,
        unit: 'working',
        from: 'court-received',
        until: 'court-accepted',
        onExpiry: 'overdue',
        owner: 'court_clerk',
        description: 'Thụ lý hồ sơ',
        legalBasis: 'PL 09/2014/UBTVQH13 Điều 8 khoản 2',
        confidence: 'C',
      },
      {
        id: 'court.decide',
        amount: 15,
        unit: 'calendar',
        extension: { amount: 30, unit: 'calendar', by: 'court-extend' },
        from: 'court-accepted',
        onExpiry: 'overdue',
        owner: 'court_clerk',
        description: 'Mở phiên họp và ra quyết định',
        legalBasis: 'PL 09/2014/UBTVQH13; PL 03/2022/UBTVQH15',
        confidence: 'C',
      },
    ]),
    'complaint-window': step('complaint-window', 'Thời hạn khiếu nại, kiến nghị, kháng nghị', [
      // From the announcement, or from receipt when the person was absent (`record-decision-receipt`).
      decisionWindow('complaint-window.complaint', 'decision-received', figures.complaintWindow.amount, 'Thời hạn khiếu nại của người bị đề nghị', figures.complaintWindow),
      decisionWindow('complaint-window.petition', 'decision-announced', 5, 'Thời hạn kiến nghị của cơ quan đề nghị', {
        legalBasis: 'PL 03/2022/UBTVQH15 (chưa tìm thấy điều khoản; mặc định bằng thời hạn khiếu nại)',
        confidence: 'OPEN',
      }),
      decisionWindow('complaint-window.protest', 'decision-announced', 5, 'Thời hạn kháng nghị của Viện kiểm sát', {
        legalBasis: 'PL 03/2022/UBTVQH15 (chưa tìm thấy điều khoản; PL 09/2014 cùng thời hạn với khiếu nại)',
        confidence: 'OPEN',
      }),
      {
        id: 'complaint-window.review',
        amount: 7,
        unit: 'working',
        // From the day the court that reviews receives the file, which its clerk records (`record-review-receipt`).
        from: 'review-received',
        onExpiry: 'overdue',
        owner: 'court_clerk',
        description: 'Giải quyết khiếu nại, kháng nghị',
        legalBasis: 'PL 09/2014/UBTVQH13 (PL 03/2022/UBTVQH15 chưa đối chiếu)',
        confidence: 'U',
      },
    ]),
    execution: step('execution', 'Đưa người vào cơ sở cai nghiện', [
      {
        id: 'execution.escort',
        amount: figures.escort.amount,
        unit: 'calendar',
        extension: { amount: 3, unit: 'months', by: 'extend-escort' },
        pause: 'recount',
        // The police receive the decision in effect through hoso the day it takes effect (docs/legal/README.md#steps).
        from: 'decision-effective',
        until: 'admitted',
        onExpiry: 'overdue',
        owner: 'escort_police',
        description: 'Đưa người phải chấp hành vào cơ sở',
        legalBasis: figures.escort.legalBasis,
        confidence: figures.escort.confidence,
      },
    ]),
    admission: step('admission', 'Tiếp nhận vào cơ sở', [
      {
        id: 'admission.admit',
        amount: 1,
        unit: 'working',
        from: 'escorted',
        until: 'admitted',
        onExpiry: 'overdue',
        owner: 'centre_staff',
        description: 'Tiếp nhận người được đưa vào cơ sở',
        legalBasis: 'LPCMT 2021 Điều 29; NĐ 116/2021/NĐ-CP Chương V',
        confidence: 'OPEN',
      },
    ]),
    serving: step('serving', 'Chấp hành biện pháp', [
      {
        id: 'serving.term',
        amount: 0,
        unit: 'term',
        from: 'admitted',
        onExpiry: 'advance',
        owner: 'centre_staff',
        description: 'Hết thời hạn chấp hành',
        legalBasis: 'Luật XLVPHC Điều 95; NĐ 116/2021/NĐ-CP Điều 44 khoản 3, Điều 58',
        confidence: 'C',
      },
    ]),
    completion: step('completion', 'Chấp hành xong', [
      {
        id: 'completion.certificate',
        amount: 1,
        unit: 'working',
        from: 'term-ended',
        until: 'completed',
        onExpiry: 'overdue',
        owner: 'centre_staff',
        description: 'Cấp giấy chứng nhận chấp hành xong',
        legalBasis: 'NĐ 116/2021/NĐ-CP',
        confidence: 'OPEN',
      },
    ]),
    'post-rehab': step('post-rehab', 'Quản lý sau cai nghiện tại nơi cư trú', [
      {
        id: 'post-rehab.decision',
        amount: 5,
        unit: 'working',
        from: 'completed',
        until: 'post-rehab-started',
        onExpiry: 'overdue',
        owner: 'commune_committee',
        description: 'Ra quyết định quản lý sau cai nghiện',
        legalBasis: 'LPCMT 2021 Điều 40; NĐ 116/2021/NĐ-CP Điều 3 khoản 9',
        confidence: 'OPEN',
      },
      {
        id: 'post-rehab.period',
        amount: figures.postRehab.adultMonths,
        minorAmount: figures.postRehab.minorMonths,
        unit: 'months',
        from: 'completed',
        onExpiry: 'overdue',
        owner: 'commune_committee',
        description: 'Hết thời hạn quản lý sau cai nghiện: cấp giấy chứng nhận (Mẫu số 54)',
        legalBasis: figures.postRehab.legalBasis,
        confidence: figures.postRehab.confidence,
      },
    ]),
    closed: step('closed', 'Kết thúc hồ sơ'),
  };
}
