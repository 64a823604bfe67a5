/**
 * "Căn cứ …" lines a form adds to its regime's own (`regime.opening.citations`): the instruments
 * that govern that one document, the same under every regime hoso supports.
 */
import { isMinorTrigger } from '../../../domain/dossier/state';
import type { DrugLaw } from '../../../templates/forms/shared/trigger-cases';
import type { FormContext } from './context';

export const DETERMINATION_DECREE =
  'Căn cứ Nghị định số 109/2021/NĐ-CP ngày 08 tháng 12 năm 2021 của Chính phủ quy định cơ sở y tế đủ điều kiện xác định tình trạng nghiện ma túy và hồ sơ, trình tự, thủ tục xác định tình trạng nghiện ma túy';

/** Adults: PL 09/2014 before, PL 03/2022 (amended by PL 08/2025) now: named by its title, which did not change. */
export const COURT_ORDINANCE =
  'Căn cứ Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân';

/**
 * Persons from 12 to under 18: their own ordinance, in force from 24/03/2022 (docs/legal/sources.md S-20, S-21), for a
 * measure that is not an administrative handling measure. Cited without PL 08/2025, which amended it from mid-2025.
 */
export const MINORS_COURT_ORDINANCE =
  'Căn cứ Pháp lệnh số 01/2022/UBTVQH15 ngày 24 tháng 3 năm 2022 của Ủy ban Thường vụ Quốc hội về trình tự, thủ tục Tòa án nhân dân xem xét, quyết định việc đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc';

export const POST_REHAB_CERTIFICATE_ARTICLE = 'Căn cứ Điều 81 Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ';

const isMinor = (ctx: FormContext): boolean => isMinorTrigger(ctx.dossier.trigger);

/** The ordinance the court applies to this person. */
export function courtOrdinance(ctx: FormContext): string {
  return isMinor(ctx) ? MINORS_COURT_ORDINANCE : COURT_ORDINANCE;
}

/**
 * The regime's citations (the drug law, the law on administrative violations, NĐ 116/2021) and the form's own. A
 * minor's measure is not an administrative handling measure (LPCMT 2021 art. 33; PL 01/2022): the law on
 * administrative violations is not its basis, and is left out.
 */
export function citations(ctx: FormContext, ...own: string[]): string[] {
  const regimes = ctx.regime.opening.citations.filter((line) => !(isMinor(ctx) && line.includes('Luật Xử lý vi phạm hành chính')));
  return [...regimes, ...own];
}

/** Only the drug law the regime cites: the first of its citations. */
export function drugLaw(ctx: FormContext): string {
  return ctx.regime.opening.citations[0] ?? 'Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14';
}

/** Which drug law the form's text cites: Luật 120/2025/QH15 replaced the 2021 law for dossiers of regime `2026`. */
export function drugLawOf(ctx: FormContext): DrugLaw {
  return ctx.regime.id === '2026' ? '2025' : '2021';
}
