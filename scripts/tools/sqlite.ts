/** SQLite's shell, which copies the Temporal dev server's store while it runs (scripts/backup/temporal-store.ts). */
import { findOrInstallDebianTool } from './debian-tool';

let sqlite3: Promise<string> | undefined;

/** `sqlite3`: $SQLITE3, else PATH, else (as root) `apt-get install sqlite3`. */
export function ensureSqlite3(): Promise<string> {
  sqlite3 ??= findOrInstallDebianTool({ command: 'sqlite3', debianPackage: 'sqlite3', envVariable: 'SQLITE3' });
  sqlite3.catch(() => (sqlite3 = undefined)); // a failure is not cached: the next call tries again
  return sqlite3;
}
