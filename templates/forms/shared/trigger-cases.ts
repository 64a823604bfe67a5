/**
 * The cases of Luật Phòng, chống ma túy 2021 that the forms cite, word for word, and the name
 * of the measure for adults and for minors.
 *
 * Article 32 lists its four cases as khoản 1–4 (the engine calls them a–d); article 33 lists its
 * three as điểm a–c of khoản 1; article 27 lists the cases needing an addiction determination as
 * điểm a–đ of khoản 1 (đ, the volunteer, is not a police request and is left out).
 */
import { z } from 'zod';
import { ageOn } from './dates';
import type { AgeGroup } from './person';

const VOLUNTARY = 'Không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện';
const USED_DURING_VOLUNTARY = 'Trong thời gian cai nghiện ma túy tự nguyện bị phát hiện sử dụng trái phép chất ma túy';
const SUBSTITUTION =
  'Người nghiện ma túy các chất dạng thuốc phiện không đăng ký, không thực hiện hoặc tự ý chấm dứt điều trị nghiện ' +
  'các chất dạng thuốc phiện bằng thuốc thay thế hoặc bị chấm dứt điều trị nghiện các chất dạng thuốc phiện bằng ' +
  'thuốc thay thế do vi phạm quy định về điều trị nghiện';

/** LPCMT 2021 art. 32 (adults) and art. 33(1) (minors 12–<18). */
export const TRIGGER_CASES = {
  32: {
    a: { citation: 'khoản 1', text: VOLUNTARY },
    b: { citation: 'khoản 2', text: USED_DURING_VOLUNTARY },
    c: { citation: 'khoản 3', text: SUBSTITUTION },
    d: { citation: 'khoản 4', text: 'Trong thời gian quản lý sau cai nghiện ma túy mà tái nghiện' },
  },
  33: {
    a: { citation: 'điểm a', text: VOLUNTARY },
    b: { citation: 'điểm b', text: USED_DURING_VOLUNTARY },
    c: { citation: 'điểm c', text: SUBSTITUTION },
  },
} as const;

export const TriggerInput = z
  .discriminatedUnion('article', [
    z.object({ article: z.literal(32), case: z.enum(['a', 'b', 'c', 'd']) }),
    z.object({ article: z.literal(33), case: z.enum(['a', 'b', 'c']) }),
  ])
  .describe('LPCMT 2021 art. 32 (adults; cases a–d = khoản 1–4) or art. 33(1) (12 to under 18; điểm a–c)');
export type TriggerInput = z.infer<typeof TriggerInput>;

/**
 * Luật 120/2025/QH15 art. 35(1) (adults) and 36(1) (minors, who now also have case d), as read from the official text
 * (docs/legal/regime-2026.md): cited by point, the case described rather than quoted. Case c no longer names opioids;
 * case d is being found addicted during post-rehab, not a relapse. Case đ (other cases by reference) has no hoso trigger.
 */
const TRIGGER_CASES_2025: Record<'a' | 'b' | 'c' | 'd', string> = {
  a: 'không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện ma túy tự nguyện',
  b: 'trong thời gian cai nghiện ma túy tự nguyện bị phát hiện sử dụng trái phép chất ma túy',
  c: 'không đăng ký, không thực hiện hoặc tự ý chấm dứt điều trị nghiện ma túy bằng thuốc thay thế, hoặc bị chấm dứt điều trị do vi phạm quy định',
  d: 'trong thời gian quản lý sau cai nghiện ma túy mà xác định nghiện ma túy',
};

export function triggerCase(trigger: TriggerInput): { citation: string; text: string } {
  return trigger.article === 32 ? TRIGGER_CASES[32][trigger.case] : TRIGGER_CASES[33][trigger.case];
}

export function ageGroupOf(trigger: TriggerInput): AgeGroup {
  return trigger.article === 32 ? 'adult' : 'minor';
}

/**
 * The drug law a form cites: Luật Phòng, chống ma túy 2021 (73/2021/QH14), or from regime `2026` the law that
 * replaced it, Luật Phòng, chống ma túy số 120/2025/QH15, cited by its own articles (art. 35–36), never a 2021 one.
 */
export const DrugLawInput = z
  .enum(['2021', '2025'])
  .default('2021')
  .describe('2021: LPCMT 73/2021/QH14; 2025: Luật 120/2025/QH15 (regime 2026); each cited by its own articles');
export type DrugLaw = z.infer<typeof DrugLawInput>;

export const DRUG_LAW_2025 = 'Luật Phòng, chống ma túy số 120/2025/QH15';

/** "Luật Phòng, chống ma túy năm 2021" with an article before it, or the 2025 law by its number. */
export function drugLawName(law: DrugLaw): string {
  return law === '2021' ? 'Luật Phòng, chống ma túy năm 2021' : DRUG_LAW_2025;
}

/**
 * "khoản 1 Điều 32 Luật Phòng, chống ma túy năm 2021: “…”" quotes the 2021 article; under the 2025 law, "điểm a khoản 1
 * Điều 35 Luật … 120/2025/QH15 (…)" cites its article and describes the case (art. 35 for adults, 36 for minors).
 */
export function citeTrigger(trigger: TriggerInput, law: DrugLaw = '2021'): string {
  const { citation, text } = triggerCase(trigger);
  if (law === '2025') return `điểm ${trigger.case} khoản 1 Điều ${trigger.article === 32 ? 35 : 36} ${DRUG_LAW_2025} (${TRIGGER_CASES_2025[trigger.case]})`;
  const where = trigger.article === 32 ? `${citation} Điều 32` : `${citation} khoản 1 Điều 33`;
  return `${where} ${drugLawName(law)}: “${text}”`;
}

/** LPCMT 2021 art. 27(1) a–d: a police request for an addiction determination. */
export const DETERMINATION_CASES = {
  a: 'Người sử dụng trái phép chất ma túy đang trong thời gian quản lý bị phát hiện sử dụng trái phép chất ma túy',
  b: 'Người sử dụng trái phép chất ma túy không có nơi cư trú ổn định',
  c:
    'Người đang trong thời gian bị áp dụng biện pháp xử lý hành chính giáo dục tại xã, phường, thị trấn do có hành vi ' +
    'sử dụng trái phép chất ma túy hoặc trong thời hạn 01 năm kể từ ngày chấp hành xong biện pháp xử lý hành chính ' +
    'giáo dục tại xã, phường, thị trấn do có hành vi sử dụng trái phép chất ma túy mà bị phát hiện sử dụng trái phép chất ma túy',
  d: 'Người đang trong thời gian quản lý sau cai nghiện ma túy bị phát hiện sử dụng trái phép chất ma túy',
} as const;
export type DeterminationCase = keyof typeof DETERMINATION_CASES;

/** The measure, as written after "áp dụng" / "đề nghị": the adults' administrative measure, or the minors' one (LPCMT art. 33). */
export function measureName(ageGroup: AgeGroup): string {
  return ageGroup === 'adult'
    ? 'biện pháp xử lý hành chính đưa vào cơ sở cai nghiện bắt buộc'
    : 'biện pháp đưa người nghiện ma túy từ đủ 12 tuổi đến dưới 18 tuổi vào cơ sở cai nghiện bắt buộc';
}

export const AgeGroupInput = z
  .enum(['adult', 'minor'])
  .default('adult')
  .describe('adult: the administrative measure (LPCMT art. 32); minor: 12 to under 18 (art. 33)');

/** Article 32 applies from 18, article 33 from 12 to under 18, at the date the case was detected. */
export function checkTriggerAge(
  trigger: TriggerInput,
  dateOfBirth: Date | string,
  detectedOn: Date | string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = ['trigger'],
): void {
  const age = ageOn(dateOfBirth, detectedOn);
  if (age === undefined) return;
  if (trigger.article === 32 && age < 18) {
    ctx.addIssue({ code: 'custom', path, message: `article 32 applies from 18 years of age; the person was ${age} when detected (use article 33)` });
  }
  if (trigger.article === 33 && (age < 12 || age >= 18)) {
    ctx.addIssue({ code: 'custom', path, message: `article 33 applies from 12 to under 18 years of age; the person was ${age} when detected` });
  }
}
