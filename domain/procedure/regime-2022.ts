import { actionsOfLaw2021 } from './actions';
import { deepFreeze } from './freeze';
import { stepsOfLaw2021, transitionsOfLaw2021 } from './steps';
import type { Regime } from './types';

/** Dossiers detected 01/01/2022 – 28/02/2025: the district Labour office reviews (docs/legal/regime-2022.md#1-which-dossiers). */
export const regime2022: Regime = deepFreeze({
  id: '2022',
  title: 'LPCMT 2021, NĐ 116/2021, PL 03/2022 — Phòng LĐTBXH cấp huyện xem xét, đề nghị',
  appliesFrom: '2022-01-01',
  appliesUntil: '2025-02-28',
  chain: {
    opens: 'Trưởng Công an cấp xã',
    reviews: 'Trưởng phòng Lao động – Thương binh và Xã hội cấp huyện',
    decides: 'Tòa án nhân dân cấp huyện',
    escorts: 'Công an cấp huyện phối hợp Phòng LĐTBXH',
  },
  reviewingLevel: { kind: 'required', legalBasis: 'Luật XLVPHC Điều 104; NĐ 116/2021/NĐ-CP', confidence: 'C' },
  exclusions: { legalBasis: 'Luật XLVPHC Điều 96 khoản 2', confidence: 'U' },
  suspension: { minInpatientDays: 10, countsTowardTerm: false, monthsToContinue: 3, legalBasis: 'NĐ 116/2021/NĐ-CP Điều 58 khoản 2; Luật XLVPHC Điều 112 khoản 2', confidence: 'C' },
  opening: {
    by: ['commune_police'],
    forms: ['dossier-cover-sheet'],
    legalBasis: 'LPCMT 2021 Điều 32–33; NĐ 116/2021/NĐ-CP Chương V Mục 1',
    citations: [
      'Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14',
      'Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung năm 2020',
      'Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ',
    ],
  },
  steps: stepsOfLaw2021({
    escort: { amount: 5, legalBasis: 'NĐ 116/2021/NĐ-CP (Điều về đưa người phải chấp hành quyết định vào cơ sở): 05 ngày kể từ ngày nhận được quyết định', confidence: 'C-sec' },
    readingWindow: { amount: 5, legalBasis: 'NĐ 116/2021/NĐ-CP Chương V Mục 1; Luật XLVPHC Điều 103', confidence: 'U' },
    complaintWindow: { amount: 5, legalBasis: 'PL 03/2022/UBTVQH15 (PL 09/2014 quy định 03 ngày làm việc)', confidence: 'U' },
    postRehab: {
      adultMonths: 24,
      minorMonths: 12,
      legalBasis: 'LPCMT 2021 Điều 40; NĐ 116/2021/NĐ-CP Điều 81',
      confidence: 'C',
    },
    reviewCheck: { amount: 5, legalBasis: 'Luật XLVPHC Điều 104; NĐ 116/2021/NĐ-CP', confidence: 'OPEN' },
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
