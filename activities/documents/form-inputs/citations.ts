/**
 * "Căn cứ …" lines a form adds to its regime's own (`regime.opening.citations`): the instruments
 * that govern that one document, the same under every regime hoso supports.
 */
import type { FormContext } from './context';

export const DETERMINATION_DECREE =
  'Căn cứ Nghị định số 109/2021/NĐ-CP ngày 08 tháng 12 năm 2021 của Chính phủ quy định cơ sở y tế đủ điều kiện xác định tình trạng nghiện ma túy và hồ sơ, trình tự, thủ tục xác định tình trạng nghiện ma túy';

/** PL 09/2014 before, PL 03/2022 (amended by PL 08/2025) now: named by its title, which did not change. */
export const COURT_ORDINANCE =
  'Căn cứ Pháp lệnh Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân';

export const POST_REHAB_CERTIFICATE_ARTICLE = 'Căn cứ Điều 81 Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ';

/** The regime's citations (the drug law, the law on administrative violations, NĐ 116/2021) and the form's own. */
export function citations(ctx: FormContext, ...own: string[]): string[] {
  return [...ctx.regime.opening.citations, ...own];
}

/** Only the drug law the regime cites: the first of its citations. */
export function drugLaw(ctx: FormContext): string {
  return ctx.regime.opening.citations[0] ?? 'Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14';
}
