import { run } from '../tools/exec';

/**
 * Copies the Temporal dev server's SQLite store while the server runs, with SQLite's online backup (`.backup`): the
 * copy is one consistent state of the file, since the backup starts again when a page it already copied changes. The
 * server's writers wait at most one step of 100 pages. The copy is checked before it is kept.
 */
export async function copyTemporalStore(sqlite3: string, source: string, target: string): Promise<void> {
  if (/['"\n]/.test(target)) throw new Error(`the backup's path may not contain quotes or line breaks: ${target}`);
  const copied = await run(sqlite3, ['-readonly', '-bail', source, '.timeout 30000', `.backup '${target}'`]);
  if (copied.code !== 0) throw new Error(`sqlite3 could not copy Temporal's store ${source} (exit ${String(copied.code)}):\n${copied.tail}`);
  await checkTemporalStore(sqlite3, target);
}

/** SQLite's own check of every page and index of a copy. */
export async function checkTemporalStore(sqlite3: string, file: string): Promise<void> {
  const checked = await run(sqlite3, ['-readonly', file, 'PRAGMA integrity_check;']);
  if (checked.code !== 0 || checked.tail.trim() !== 'ok') throw new Error(`the copy of Temporal's store ${file} is damaged:\n${checked.tail}`);
}
