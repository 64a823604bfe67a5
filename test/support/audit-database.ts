import { randomUUID } from 'node:crypto';
import postgres, { type Sql } from 'postgres';
import { migrate } from '../../scripts/migrate';

const quiet = { onnotice: () => undefined };

export interface AuditDatabase {
  name: string;
  ownerUrl: string;
  appUrl: string;
  /** Connected as the owner, who runs the migrations (DATABASE_URL). */
  owner: Sql;
  /** Connected as the application role, as the API and workers are (DATABASE_APP_URL). */
  app: Sql;
  drop(): Promise<void>;
}

/**
 * A database of its own on `npm test`'s server, migrated as the owner with the application role granted: the audit
 * tests tamper with the chain, which must not break the chain of the shared test database.
 */
export async function migratedAuditDatabase(): Promise<AuditDatabase> {
  const sharedOwnerUrl = process.env.DATABASE_URL as string;
  const sharedAppUrl = process.env.DATABASE_APP_URL;
  if (!sharedAppUrl) throw new Error('npm test gives DATABASE_APP_URL: the application role');
  const name = `audit_${randomUUID().replaceAll('-', '')}`;
  const admin = postgres(sharedOwnerUrl, { max: 1, ...quiet });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const inDatabase = (shared: string) => {
    const url = new URL(shared);
    url.pathname = `/${name}`;
    return url.href;
  };
  const ownerUrl = inDatabase(sharedOwnerUrl);
  const appUrl = inDatabase(sharedAppUrl);
  await migrate(ownerUrl, appUrl);
  const owner = postgres(ownerUrl, { max: 3, ...quiet });
  const app = postgres(appUrl, { max: 3, ...quiet });
  return {
    name,
    ownerUrl,
    appUrl,
    owner,
    app,
    async drop() {
      await Promise.all([owner.end(), app.end()]);
      await admin.unsafe(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
