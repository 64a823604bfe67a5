import type { Sql } from 'postgres';

/** The administrative hierarchy, for supervisors who see everything under their unit. */
export interface UnitTree {
  /** The unit and every unit above it, nearest first. */
  ancestry(code: string): Promise<string[]>;
}

export function createUnitTree(sql: Sql): UnitTree {
  return {
    async ancestry(code) {
      const rows = await sql<{ code: string }[]>`
        WITH RECURSIVE up AS (
          SELECT code, parent_code, 0 AS depth FROM units WHERE code = ${code}
          UNION ALL
          SELECT u.code, u.parent_code, up.depth + 1 FROM units u JOIN up ON u.code = up.parent_code
        )
        SELECT code FROM up ORDER BY depth`;
      return rows.map((row) => row.code);
    },
  };
}
