import type { Sql } from 'postgres';
import { demoUnits, demoUsers } from '../../config/demo-data';

/** Inserts or refreshes the demonstration units and users, with the days each unit acts; leaves everything else alone. */
export async function seedDemoData(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    for (const unit of demoUnits) {
      const validFrom = unit.validFrom ?? null;
      const validTo = unit.validTo ?? null;
      await tx`
        INSERT INTO units (code, name, kind, parent_code, valid_from, valid_to)
        VALUES (${unit.code}, ${unit.name}, ${unit.kind}, ${unit.parentCode}, ${validFrom}, ${validTo})
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code,
          valid_from = excluded.valid_from, valid_to = excluded.valid_to`;
    }
    for (const user of demoUsers) {
      await tx`
        INSERT INTO users (id, name, role, unit_code) VALUES (${user.id}, ${user.name}, ${user.role}, ${user.unitCode})
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, unit_code = excluded.unit_code`;
    }
  });
}
