import type { Sql } from 'postgres';
import type { AgencyInput, AgencyPatch } from '../domain/schemas/units';
import { unitColumns, type UnitListing } from './admin-units';

/** One unit as the units API lists it, or undefined for an unknown code. */
export async function unitByCode(sql: Sql, code: string): Promise<UnitListing | undefined> {
  const [unit] = await sql<UnitListing[]>`SELECT ${unitColumns(sql)} FROM units WHERE code = ${code}`;
  return unit;
}

/** The units among `codes`, as listed: what an action body names, with the days each is in force. */
export async function unitsByCode(sql: Sql, codes: readonly string[]): Promise<Map<string, UnitListing>> {
  if (codes.length === 0) return new Map();
  const rows = await sql<UnitListing[]>`SELECT ${unitColumns(sql)} FROM units WHERE code = ANY(${[...codes]})`;
  return new Map(rows.map((row) => [row.code, row]));
}

/** Adds an agency; false when the code is taken (by an agency or an official unit). */
export async function createAgency(sql: Sql, agency: AgencyInput): Promise<boolean> {
  const rows = await sql`
    INSERT INTO units (code, name, kind, parent_code, valid_from, valid_to)
    VALUES (${agency.code}, ${agency.name}, ${agency.kind}, ${agency.parentCode}, ${agency.validFrom ?? null}, ${agency.validTo ?? null})
    ON CONFLICT (code) DO NOTHING
    RETURNING code`;
  return rows.length === 1;
}

/** Changes what the patch names; a date set to null is cleared. Only agencies entered here (no `source`) are touched. */
export async function updateAgency(sql: Sql, code: string, patch: AgencyPatch): Promise<void> {
  const columns: Record<string, string | null> = {};
  if (patch.name !== undefined) columns.name = patch.name;
  if (patch.parentCode !== undefined) columns.parent_code = patch.parentCode;
  if (patch.validFrom !== undefined) columns.valid_from = patch.validFrom;
  if (patch.validTo !== undefined) columns.valid_to = patch.validTo;
  await sql`UPDATE units SET ${sql(columns)} WHERE code = ${code} AND source IS NULL`;
}
