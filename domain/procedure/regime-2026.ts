import { actionsOfLaw2021 } from './actions';
import { deepFreeze } from './freeze';
import { stepsOfLaw2021, transitionsOfLaw2021 } from './steps';
import type { Regime } from './types';

/** Dossiers detected from 01/07/2026: Luật Phòng, chống ma túy 2025 (120/2025/QH15) on the 2025 chain. */
export const regime2026: Regime = deepFreeze({
  id: '2026',
  title: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) — Công an cấp xã chuyển hồ sơ đến TAND khu vực',
  appliesFrom: '2026-07-01',
  chain: {
    opens: 'Trưởng Công an cấp xã (hoặc đơn vị Công an cấp tỉnh phát hiện)',
    reviews: 'Không có cấp xem xét, trừ khi tỉnh quy định (khi đó: Công an cấp tỉnh, Phòng PC04)',
    decides: 'Tòa án nhân dân khu vực',
    escorts: 'Cơ quan Công an [U]',
  },
  reviewingLevel: { kind: 'per-province', legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 36', confidence: 'C' },
  exclusions: { legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 35 khoản 2', confidence: 'C' },
  suspension: { countsTowardTerm: true, monthsToContinue: 3, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 39 khoản 3–4', confidence: 'C' },
  opening: {
    by: ['commune_police'],
    forms: ['dossier-cover-sheet'],
    legalBasis: 'Luật Phòng, chống ma túy 2025; LPCMT 2021 Điều 32–33',
    citations: [
      'Căn cứ Luật Phòng, chống ma túy số 120/2025/QH15',
      'Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung năm 2020 và năm 2025',
      'Căn cứ Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ',
    ],
  },
  steps: stepsOfLaw2021({
    escort: { amount: 1, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 38 khoản 5: 24 giờ', confidence: 'C' },
    readingWindow: { amount: 3, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 35 khoản 3 điểm c, Điều 36 khoản 2 điểm c', confidence: 'C' },
    sendAfterReading: { amount: 1, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 35 khoản 3 điểm d, Điều 36 khoản 2 điểm d', confidence: 'C' },
    complaintWindow: { amount: 5, legalBasis: 'PL 03/2022/UBTVQH15 sửa đổi bởi PL 08/2025/UBTVQH15', confidence: 'U' },
    postRehab: {
      adultMonths: 24,
      minorMonths: 12,
      legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 42 khoản 1–2',
      confidence: 'C',
    },
    reviewCheck: { amount: 5, legalBasis: 'Luật XLVPHC Điều 104 (sửa đổi bởi Luật 88/2025/QH15)', confidence: 'OPEN' },
  }),
  actions: {
    ...actionsOfLaw2021,
    // Law 120/2025 art. 54(10) repealed Luật XLVPHC art. 96; its art. 35(2) now lists who is never placed.
    'court-terminate': {
      ...actionsOfLaw2021['court-terminate'],
      legalBasis: 'PL 03/2022/UBTVQH15 Điều 16; Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 35 khoản 2',
    },
  },
  transitions: transitionsOfLaw2021(),
  termMonths: {
    adultFirst: { min: 24, max: 24, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 29 khoản 1', confidence: 'C' },
    adultRepeat: { min: 36, max: 36, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 29 khoản 1', confidence: 'C' },
    // The same fixed terms for minors: art. 30(2)(b) requires the full term of art. 29(1).
    minor: { min: 24, max: 24, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 29 khoản 1, Điều 30 khoản 2', confidence: 'C' },
    minorRepeat: { min: 36, max: 36, legalBasis: 'Luật Phòng, chống ma túy 2025 (120/2025/QH15) Điều 29 khoản 1, Điều 30 khoản 2', confidence: 'C' },
  },
  postRehabMonths: { adult: 24, minor: 12, confidence: 'C' },
  electronicMonitoring: true,
});
