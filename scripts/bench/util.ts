import { readFile, readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

/**
 * Runs `task(0 … count-1)` with at most `concurrency` in flight; results in index order. Once `stop()` answers
 * true no further task starts (those in flight finish): the results then hold the first `done` indices.
 */
export async function inPool<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
  onProgress?: (done: number) => void,
  stop?: () => boolean,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let done = 0;
  let failure: { error: unknown } | undefined;
  async function lane(): Promise<void> {
    while (next < count && !failure && !stop?.()) {
      const index = next++;
      try {
        results[index] = await task(index);
      } catch (error) {
        failure ??= { error };
        return;
      }
      done++;
      onProgress?.(done);
    }
  }
  // On a failure no new task starts, and the ones in flight finish before it is reported (nothing is left running).
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  if (failure) throw failure.error;
  return results.slice(0, next);
}

/** Nearest-rank percentile of unsorted values (p in 0…100). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** A benchmark's last line: its figures as one JSON object, fractions to 2 decimals. */
export function printFigures(figures: object): void {
  console.log(JSON.stringify(figures, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round(value, 2) : value)));
}

const MiB = 1024 * 1024;

/** Resident and peak resident memory of a process, from /proc (Linux). */
export async function procMemory(pid: number): Promise<{ rssMiB: number; peakMiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: (kib('VmRSS') * 1024) / MiB, peakMiB: (kib('VmHWM') * 1024) / MiB };
}

/** CPU seconds (user + system, all threads) a process has used, from /proc/<pid>/stat; clock ticks are 1/100 s on Linux. */
export async function procCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The `temporal server start-dev` process serving `port` (read-only scan of /proc; the stack does not expose it). */
export async function findTemporalServerPid(port: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then(
      (text) => text.split('\0'),
      (): string[] => [],
    );
    if (args.includes('start-dev') && args[args.indexOf('--port') + 1] === port) return Number(entry);
  }
  return undefined;
}

export function formatTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [line(cells[0] as string[]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** Progress goes to stderr: stdout carries only the report and, last, its JSON. */
export const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** utime, stime and the CPU of reaped children, of every process; and each one's parent. From /proc. */
async function processTable(): Promise<Map<number, { ppid: number; cpuSeconds: number }>> {
  const table = new Map<number, { ppid: number; cpuSeconds: number }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    table.set(Number(entry), { ppid: Number(fields[1]), cpuSeconds: ticks / 100 });
  }
  return table;
}

/** CPU seconds the machine spent busy (user, nice, system, irq, softirq), all CPUs, from /proc/stat. */
async function machineBusySeconds(): Promise<number> {
  const [, user, nice, system, , , irq, softirq] = (await readFile('/proc/stat', 'utf8')).split('\n')[0]?.split(/\s+/).map(Number) ?? [];
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) / 100;
}

/** CPU of this process and everything it started (services, workers), and of the rest of the machine. */
export async function cpuSnapshot(): Promise<{ at: number; ours: number; machine: number }> {
  const [table, machine] = await Promise.all([processTable(), machineBusySeconds()]);
  const ours = new Set([process.pid]);
  // Parents come before children in a PID scan only by luck: repeat until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const [pid, { ppid }] of table) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        added = true;
      }
    }
  }
  let oursSeconds = 0;
  for (const pid of ours) oursSeconds += table.get(pid)?.cpuSeconds ?? 0;
  return { at: performance.now(), ours: oursSeconds, machine };
}

export interface CpuUse {
  /** CPU seconds used by the benchmark, its services and workers. */
  oursSeconds: number;
  /** Average CPU used meanwhile by processes that are not the benchmark's, in % of one CPU. */
  foreignPercent: number;
}

export function cpuBetween(before: { at: number; ours: number; machine: number }, after: { at: number; ours: number; machine: number }): CpuUse {
  const oursSeconds = after.ours - before.ours;
  const elapsed = (after.at - before.at) / 1000;
  const foreign = Math.max(0, after.machine - before.machine - oursSeconds);
  return { oursSeconds, foreignPercent: elapsed > 0 ? (foreign / elapsed) * 100 : 0 };
}

/** A bad command line: the entry point prints the message and the benchmark's usage, and exits with 2. */
export class UsageError extends Error {}
