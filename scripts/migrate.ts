import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres, { type Sql } from 'postgres';
import { seedAdministrativeUnits } from '../store/admin-units';
import { applicationRoleOf, grantApplicationRole } from '../store/application-role';
import { ensureShippedCalendarYears } from '../store/calendar-years';

const migrationsDir = path.join(__dirname, '..', 'db', 'migrations');

/**
 * Applies pending SQL migrations in name order and adds the shipped reference data (calendar years, administrative
 * units); safe to run concurrently. Runs as the owner (DATABASE_URL). Given the application's connection
 * (DATABASE_APP_URL), it creates that role, or sets its password, and grants it what the API and workers need.
 */
export async function migrate(databaseUrl: string, databaseAppUrl?: string): Promise<string[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const applied = await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(7461001)`;
      await tx`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
      const done = new Set((await tx<{ name: string }[]>`SELECT name FROM schema_migrations`).map((row) => row.name));
      const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
      const applied: string[] = [];
      for (const file of files.filter((name) => !done.has(name))) {
        await tx.unsafe(await readFile(path.join(migrationsDir, file), 'utf8'));
        await tx`INSERT INTO schema_migrations (name) VALUES (${file})`;
        applied.push(file);
      }
      await ensureShippedCalendarYears(tx as unknown as Sql);
      if (databaseAppUrl) await grantApplicationRole(tx, applicationRoleOf(databaseAppUrl));
      return applied;
    });
    // Its own transaction, after the schema it needs; skipped in milliseconds once this release's list is in.
    await seedAdministrativeUnits(sql);
    return applied;
  } finally {
    await sql.end();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is required');
    process.exit(78);
  }
  migrate(url, process.env.DATABASE_APP_URL).then(
    (applied) => console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date'),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
