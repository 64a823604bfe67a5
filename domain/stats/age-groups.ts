/**
 * Age bands of the supervision reports, by age on the detection date.
 *
 * The law draws one line only: from 12 to under 18 (LPCMT 2021 art. 33) against adults (art. 32); the
 * opening check keeps every dossier at 12 or over. No legal text sets adult bands. The three below are a
 * reporting convention of ours (young adults, then by decade), not taken from a provincial report form:
 * change them here if a form asks for others.
 */
export const ageGroups = ['12-17', '18-29', '30-39', '40+'] as const;
export type AgeGroup = (typeof ageGroups)[number];

export const ageGroupLabels: Readonly<Record<AgeGroup, string>> = {
  '12-17': 'Từ đủ 12 đến dưới 18 tuổi',
  '18-29': 'Từ 18 đến 29 tuổi',
  '30-39': 'Từ 30 đến 39 tuổi',
  '40+': 'Từ 40 tuổi trở lên',
};

/** The band of an age in completed years (`ageOn` of domain/dossier/open-dossier.ts). */
export function ageGroupOf(age: number): AgeGroup {
  if (age < 18) return '12-17';
  if (age < 30) return '18-29';
  if (age < 40) return '30-39';
  return '40+';
}
