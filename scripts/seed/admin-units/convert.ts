import type { AdministrativeUnit } from '../../../store/admin-units';

/** The files of the vietnam-provinces wheel that the administrative units are read from. */
export const wheelFiles = {
  /** The current two-level list (34 provinces, their communes), as JSON. */
  current: 'vietnam_provinces/data/nested-divisions.json',
  /** The pre-2025 three-level list, as generated Python; only its districts are taken. */
  legacy: 'vietnam_provinces/legacy/_lookup.py',
  /** Pre-2025 commune → 2025 commune, which tells the current province of each abolished district. */
  wardConversion: 'vietnam_provinces/_ward_conversion_2025.py',
  /** Pre-2025 province → 2025 province, for districts with no communes (island districts). */
  provinceConversion: 'vietnam_provinces/_province_conversion_2025.py',
} as const;

export type WheelTexts = Record<keyof typeof wheelFiles, string>;

interface CurrentProvince {
  code: number;
  name: string;
  division_type: string;
  wards: { code: number; name: string; division_type: string }[];
}

const legacyDivisionTypes: Record<string, AdministrativeUnit['divisionType']> = {
  HUYEN: 'huyện',
  QUAN: 'quận',
  THI_XA: 'thị xã',
  THANH_PHO: 'thành phố',
};

/**
 * The units to seed: provinces first, then communes, then the districts abolished on 1 July 2025. Codes are
 * the official fixed-width strings (01, 001, 00004); the package keeps them as integers.
 */
export function administrativeUnitsFrom(texts: WheelTexts, abolishedOn: string): AdministrativeUnit[] {
  const provinces = JSON.parse(texts.current) as CurrentProvince[];
  const units: AdministrativeUnit[] = provinces.map((province) => ({
    code: pad(province.code, 2),
    name: province.name.normalize('NFC'),
    kind: 'province',
    divisionType: province.division_type as AdministrativeUnit['divisionType'],
    parentCode: null,
  }));
  for (const province of provinces) {
    for (const ward of province.wards) {
      units.push({
        code: pad(ward.code, 5),
        name: ward.name.normalize('NFC'),
        kind: 'commune',
        divisionType: ward.division_type as AdministrativeUnit['divisionType'],
        parentCode: pad(province.code, 2),
      });
    }
  }
  const currentProvinceOf = currentProvinceOfDistricts(texts);
  for (const district of legacyDistricts(texts.legacy)) {
    const parent = currentProvinceOf(district.code, district.legacyProvinceCode);
    units.push({
      code: pad(district.code, 3),
      name: district.name.normalize('NFC'),
      kind: 'district',
      divisionType: district.divisionType,
      parentCode: pad(parent, 2),
      validTo: abolishedOn,
    });
  }
  return units;
}

function legacyDistricts(lookupPy: string) {
  const section = between(lookupPy, 'DISTRICT_MAPPING', 'WARD_MAPPING');
  const pattern =
    /District\(\s*(['"])(.+?)\1,\s*DistrictCode\.D_(\d+),\s*VietNamDivisionType\.(\w+),\s*'[^']*',\s*ProvinceCode\.P_(\d+),?\s*\)/g;
  const districts = [...section.matchAll(pattern)].map(([, , name, code, type, province]) => {
    const divisionType = legacyDivisionTypes[type as string];
    if (!divisionType) throw new Error(`district ${code}: unknown division type ${type}`);
    return { name: name as string, code: Number(code), divisionType, legacyProvinceCode: Number(province) };
  });
  const listed = section.match(/DistrictCode\.D_\d+/g)?.length ?? 0;
  if (districts.length !== listed) throw new Error(`read ${districts.length} of the ${listed} pre-2025 districts`);
  return districts;
}

/**
 * A district lies wholly in one 2025 province; its communes say which. Island districts have no communes,
 * and their old province went whole into one new province.
 */
function currentProvinceOfDistricts(texts: WheelTexts): (district: number, legacyProvince: number) => number {
  const byDistrict = new Map<number, Set<number>>();
  for (const entry of between(texts.wardConversion, 'OLD_TO_NEW: dict', 'NEW_TO_OLD: dict').split('OldToNewEntry(').slice(1)) {
    const district = Number(/OldWardRef\(\d+, (\d+),/.exec(entry)?.[1]);
    const provinces = byDistrict.get(district) ?? new Set<number>();
    for (const [, province] of entry.matchAll(/NewWardRef\(\d+, (\d+)\)/g)) provinces.add(Number(province));
    byDistrict.set(district, provinces);
  }
  const byProvince = new Map<number, number[]>();
  for (const [, old, news] of between(texts.provinceConversion, 'OLD_TO_NEW: dict', 'NEW_TO_OLD: dict').matchAll(
    /OldToNewEntry\(OldProvinceRef\((\d+)\), \(((?:NewProvinceRef\(\d+\),? ?)+)\)\)/g,
  )) {
    byProvince.set(Number(old), [...(news as string).matchAll(/\d+/g)].map(([code]) => Number(code)));
  }

  return (district, legacyProvince) => {
    const candidates = [...(byDistrict.get(district) ?? byProvince.get(legacyProvince) ?? [])];
    if (candidates.length !== 1) throw new Error(`district ${district}: ${candidates.length} current provinces (${candidates.join(', ')})`);
    return candidates[0] as number;
  };
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`the package's layout changed: ${start} … ${end} not found`);
  return text.slice(from, to);
}

function pad(code: number, width: number): string {
  return String(code).padStart(width, '0');
}
