import type { Sql } from 'postgres';

export interface UnitInfo {
  code: string;
  name: string;
  parentName: string | null;
}

/** Names of units and signers as they appear on documents. */
export interface Directory {
  unit(code: string): Promise<UnitInfo>;
  user(id: string): Promise<{ name: string } | undefined>;
}

export function createDirectory(sql: Sql): Directory {
  return {
    async unit(code) {
      const [row] = await sql<UnitInfo[]>`
        SELECT u.code, u.name, p.name AS "parentName"
        FROM units u LEFT JOIN units p ON p.code = u.parent_code
        WHERE u.code = ${code}`;
      if (!row) throw new Error(`unit ${code} is not in the directory`);
      return row;
    },
    async user(id) {
      const [row] = await sql<{ name: string }[]>`SELECT name FROM users WHERE id = ${id}`;
      return row;
    },
  };
}
