import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseAuditEntry, type AuditFields } from '../../store/audit-log';

/**
 * Audit rows waiting on disk for PostgreSQL (docs/decisions/0006-audit-trail.md): JSON lines, appended and fsynced
 * before `append` resolves. `spool.jsonl` takes new rows; a replay first moves it to `replaying.jsonl`, so that rows
 * spooled during the replay wait in a new file behind it. One directory per API process.
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

const SPOOL = 'spool.jsonl';
const REPLAYING = 'replaying.jsonl';

/** `report` hears of a line that cannot be read back: torn by a crash in the middle of its write. */
export async function openAuditSpool(dir: string, report: (message: string) => void): Promise<AuditSpool> {
  await mkdir(dir, { recursive: true });
  const spoolFile = path.join(dir, SPOOL);
  const replayingFile = path.join(dir, REPLAYING);
  const counts = { spool: await countLines(spoolFile), replaying: await countLines(replayingFile) };
  // Appends and the move to replaying.jsonl take turns: an append open on spool.jsonl while it is renamed would
  // write into the file being replayed, after its rows were read.
  let turn: Promise<unknown> = Promise.resolve();
  let spoolFileOnDisk = counts.spool > 0;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const done = turn.then(work);
    turn = done.catch(() => undefined);
    return done;
  };

  return {
    get rows() {
      return counts.spool + counts.replaying;
    },
    append(entries) {
      counts.spool += entries.length;
      return inTurn(async () => {
        const lines = entries.map((fields) => `${JSON.stringify(fields)}\n`).join('');
        const file = await open(spoolFile, 'a', 0o600);
        try {
          await file.writeFile(lines);
          await file.sync();
        } finally {
          await file.close();
        }
        if (!spoolFileOnDisk) await syncDirectory(dir);
        spoolFileOnDisk = true;
      }).catch((error: unknown) => {
        counts.spool -= entries.length;
        throw error;
      });
    },
    flushed: () => inTurn(async () => undefined),
    async replay(write, batchSize) {
      if (!counts.replaying) {
        await inTurn(async () => {
          if (!counts.spool) return;
          await rename(spoolFile, replayingFile);
          await syncDirectory(dir);
          spoolFileOnDisk = false;
          counts.spool = 0;
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
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
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
