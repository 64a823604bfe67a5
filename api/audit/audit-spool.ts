import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseAuditEntry, type AuditFields } from '../../store/audit-log';

/**
 * Audit rows waiting on disk for PostgreSQL (docs/decisions/0006-audit-trail.md): JSON lines, appended and fsynced
 * before `append` resolves. Rows appended while a write and its fsync are under way go together in the next one
 * (group commit), so that a burst of requests shares its fsyncs. `spool.jsonl` takes new rows; a replay first moves
 * it to `replaying.jsonl`, so that rows spooled during the replay wait in a new file behind it. One directory per API
 * process.
 */
export interface AuditSpool {
  /** Rows on disk, written or being written. */
  readonly rows: number;
  append(entries: AuditFields[]): Promise<void>;
  /** Resolves once every append so far is on disk (or has failed). */
  flushed(): Promise<void>;
  /**
   * Hands the oldest spooled rows to `write` in batches, in order, and removes them once all are written. A failed
   * batch stops the replay; the next one starts again from the first row (`write` skips what is already stored).
   */
  replay(write: (batch: AuditFields[]) => Promise<void>, batchSize: number): Promise<void>;
}

/** Rows that go to disk together, in one write and one fsync. */
interface SpoolGroup {
  lines: string[];
  rows: number;
  written: Promise<void>;
}

const SPOOL = 'spool.jsonl';
const REPLAYING = 'replaying.jsonl';

/** `report` hears of a line that cannot be read back: torn by a crash in the middle of its write. */
export async function openAuditSpool(dir: string, report: (message: string) => void): Promise<AuditSpool> {
  await mkdir(dir, { recursive: true });
  const spoolFile = path.join(dir, SPOOL);
  const replayingFile = path.join(dir, REPLAYING);
  const counts = { spool: await countLines(spoolFile), replaying: await countLines(replayingFile) };
  await endTornLine(spoolFile);
  // Appends and the move to replaying.jsonl take turns: an append open on spool.jsonl while it is renamed would
  // write into the file being replayed, after its rows were read.
  let turn: Promise<unknown> = Promise.resolve();
  // Rows in spool.jsonl itself; `counts.spool` also counts those still waiting for their write.
  let rowsInSpoolFile = counts.spool;
  let next: SpoolGroup | undefined;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const done = turn.then(work);
    turn = done.catch(() => undefined);
    return done;
  };

  /** Writes and fsyncs one group of rows; the directory too when the file is new. */
  async function writeGroup(lines: string, rows: number): Promise<void> {
    await appendSynced(spoolFile, lines);
    if (!rowsInSpoolFile) await syncDirectory(dir);
    rowsInSpoolFile += rows;
  }

  return {
    get rows() {
      return counts.spool + counts.replaying;
    },
    append(entries) {
      counts.spool += entries.length;
      if (!next) {
        const group: SpoolGroup = { lines: [], rows: 0, written: Promise.resolve() };
        group.written = inTurn(async () => {
          // From here on, new rows wait for the next group.
          next = undefined;
          await writeGroup(group.lines.join(''), group.rows);
        }).catch((error: unknown) => {
          counts.spool -= group.rows;
          throw error;
        });
        next = group;
      }
      next.lines.push(entries.map((fields) => `${JSON.stringify(fields)}\n`).join(''));
      next.rows += entries.length;
      return next.written;
    },
    flushed: () => inTurn(async () => undefined),
    async replay(write, batchSize) {
      if (!counts.replaying) {
        await inTurn(async () => {
          if (!rowsInSpoolFile) return;
          await rename(spoolFile, replayingFile);
          await syncDirectory(dir);
          // Rows of groups still waiting for their turn stay counted: they go to a new spool.jsonl.
          counts.spool -= rowsInSpoolFile;
          rowsInSpoolFile = 0;
        });
      }
      // Counted again: a replay that stopped part-way starts again from the first row.
      counts.replaying = await countLines(replayingFile);
      if (!counts.replaying) return;
      let batch: AuditFields[] = [];
      const writeBatch = async () => {
        await write(batch);
        counts.replaying -= batch.length;
        batch = [];
      };
      for await (const line of createInterface({ input: createReadStream(replayingFile), crlfDelay: Infinity })) {
        const fields = line && spooledFields(line);
        if (!fields) {
          if (line) report(`AUDIT: an unreadable line in ${replayingFile} (a write cut short by a crash) is NOT in the audit trail: ${line.slice(0, 200)}`);
          continue;
        }
        batch.push(fields);
        if (batch.length >= batchSize) await writeBatch();
      }
      if (batch.length) await writeBatch();
      await rm(replayingFile);
      await syncDirectory(dir);
      counts.replaying = 0;
    },
  };
}

/** A spooled line back as the fields it was parsed into (JSON turned `at` into a string); undefined if it is torn. */
function spooledFields(line: string): AuditFields | undefined {
  try {
    const { at, ...fields } = JSON.parse(line) as AuditFields & { at: string };
    return parseAuditEntry({ ...fields, at: new Date(at) });
  } catch {
    return undefined;
  }
}

async function countLines(file: string): Promise<number> {
  return (await contentOf(file)).split('\n').filter(Boolean).length;
}

/** A line torn by a crash in the middle of its write gets its end, so that the next row starts a line of its own. */
async function endTornLine(file: string): Promise<void> {
  const content = await contentOf(file);
  if (content && !content.endsWith('\n')) await appendSynced(file, '\n');
}

async function appendSynced(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function contentOf(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** A new or renamed file survives a crash only once its directory entry is on disk too. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
