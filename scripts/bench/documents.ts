/**
 * `npm run bench -- documents [--iterations N] [--warmup N]`: the cost of issuing one document, per form: render
 * (with its verification QR code), sign (PAdES B-B with a development CA key), and store (SHA-256 and a put into a
 * real MinIO), against a baseline in the same run: a one-page pdf-lib document in the same font, unsigned, not
 * stored. Prints a table, then, as the last line of stdout, one JSON object with every figure. Method and limits:
 * docs/benchmarks.md.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ensureDevCa } from '../../signing/dev-ca';
import { ensureBucket, startMinio } from '../stack/minio';
import { ensureMinio } from '../tools/minio';
import type { ThreadInput, ThreadMessage, ThreadResult } from './documents-thread';
import { formatTable, percentile, printFigures, progress, round, UsageError } from './util';

export const documentsGoals = { renderSignP50Ms: 25, ratioToBaseline: 3 } as const;

export const documentsUsage = `usage: npm run bench -- documents [options]
  --iterations N   measured documents per form, forms interleaved (default 50)
  --warmup N       warm-up rounds of every form and the baseline, not counted (default 20)`;

interface Options {
  iterations: number;
  warmup: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { iterations: 50, warmup: 20 };
  for (let index = 0; index < argv.length; index++) {
    const [flag = '', inline] = (argv[index] as string).split('=', 2);
    const key = flag === '--iterations' ? 'iterations' : flag === '--warmup' ? 'warmup' : undefined;
    if (!key) throw new UsageError(`unknown option ${flag}`);
    const value = Number(inline ?? argv[++index]);
    if (!Number.isInteger(value) || value < (key === 'warmup' ? 0 : 1)) throw new UsageError(`${flag} takes a positive integer`);
    options[key] = value;
  }
  return options;
}

const UNIT = { code: 'CAX-TIENDU', name: 'Công an xã Tiên Du' };
const BUCKET = 'hoso-documents';

interface Stats {
  p50Ms: number;
  p95Ms: number;
}

const stats = (values: readonly number[]): Stats => ({ p50Ms: percentile(values, 50), p95Ms: percentile(values, 95) });

export async function runDocumentsBench(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const startedAt = new Date();
  const started = process.hrtime.bigint();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hoso-bench-documents-'));
  const minioLog = path.join(dataDir, 'minio.log');
  const cleanups: Array<() => Promise<unknown>> = [];
  // Everything lives in dataDir (MinIO's data and log, the development CA), so it is always removed; a failure shows MinIO's log first.
  const cleanup = async (failed: boolean) => {
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
    if (failed) {
      const log = await readFile(minioLog, 'utf8').catch(() => '');
      if (log.trim()) progress(`last lines of the MinIO log:\n${log.trimEnd().split('\n').slice(-20).join('\n')}`);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  // Stopping MinIO fails the document in flight: that failure is the signal's doing, not reported.
  let stopping: Promise<number> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping`);
    stopping = cleanup(false).then(() => 130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    progress('starting a fresh MinIO and a development CA');
    const accessKey = 'hoso-bench';
    const secretKey = 'hoso-bench-secret';
    const minio = await startMinio({
      binPath: await ensureMinio(),
      dataDir: path.join(dataDir, 'minio'),
      accessKey,
      secretKey,
      kmsKeyFile: path.join(dataDir, 'minio-kms', 'key'),
      logFile: minioLog,
    });
    cleanups.push(() => minio.stop());
    // Locked and encrypted like the archive, so that storing is measured as production stores.
    await ensureBucket(minio, BUCKET, { ARCHIVE_RETENTION_MODE: 'GOVERNANCE', ARCHIVE_RETENTION: { validity: 1, unit: 'Days' } });
    const ca = await ensureDevCa(path.join(dataDir, 'dev-ca'));
    await ca.issueUnitCertificate(UNIT.code, UNIT.name);
    const setupSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    const threadInput: ThreadInput = {
      minio: { endPoint: minio.endPoint, port: minio.port, accessKey, secretKey },
      bucket: BUCKET,
      unitsDir: ca.unitsDir,
      unitCode: UNIT.code,
      iterations: options.iterations,
      warmup: options.warmup,
    };
    const { samples, baselineMs, baselineBytes, stored, measuredSeconds, cpu } = await inThread(threadInput, (worker) => cleanups.push(() => worker.terminate()));
    const formIds = samples.map((row) => row.form);
    const perForm = samples.map(({ form, samples: list, bytes, pages }) => ({
      form,
      render: stats(list.map((sample) => sample.renderMs)),
      sign: stats(list.map((sample) => sample.signMs)),
      renderSign: stats(list.map((sample) => sample.renderMs + sample.signMs)),
      store: stats(list.map((sample) => sample.storeMs)),
      total: stats(list.map((sample) => sample.renderMs + sample.signMs + sample.storeMs)),
      bytes,
      pages,
    }));
    const all = samples.flatMap((row) => row.samples);
    const overall = {
      render: stats(all.map((sample) => sample.renderMs)),
      sign: stats(all.map((sample) => sample.signMs)),
      renderSign: stats(all.map((sample) => sample.renderMs + sample.signMs)),
      store: stats(all.map((sample) => sample.storeMs)),
      total: stats(all.map((sample) => sample.renderMs + sample.signMs + sample.storeMs)),
    };
    const baselineStats = stats(baselineMs);
    const ratio = overall.renderSign.p50Ms / baselineStats.p50Ms;
    const met = {
      renderSignP50: overall.renderSign.p50Ms <= documentsGoals.renderSignP50Ms,
      ratioToBaseline: ratio <= documentsGoals.ratioToBaseline,
    };

    await cleanup(false);
    const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    const ms = (value: number) => value.toFixed(1);
    const pair = (value: Stats) => `${ms(value.p50Ms)} / ${ms(value.p95Ms)}`;
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(
      [
        `hoso documents benchmark — ${startedAt.toISOString()}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}), ` +
          `${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
        `One document at a time, in a worker thread of this process; MinIO (fresh, local, object-locked bucket) in a child process. ${options.warmup} warm-up rounds, ` +
          `then ${options.iterations} rounds of all ${formIds.length} forms, each form followed by a baseline document. ` +
          `Set up in ${setupSeconds.toFixed(0)} s, measured ${measuredSeconds.toFixed(0)} s, whole run ${totalSeconds.toFixed(0)} s; ` +
          `foreign CPU ${cpu.foreignPercent.toFixed(0)} % of one CPU.`,
        '',
        formatTable(
          ['form (ms: p50 / p95)', 'render', 'sign', 'render+sign', 'store', 'total', 'PDF KiB', 'pages'],
          [
            ...perForm.map((row) => [row.form, pair(row.render), pair(row.sign), pair(row.renderSign), pair(row.store), pair(row.total), (row.bytes / 1024).toFixed(0), row.pages]),
            ['ALL FORMS', pair(overall.render), pair(overall.sign), pair(overall.renderSign), pair(overall.store), pair(overall.total), '', ''],
            ['baseline (1 page, unsigned, not stored)', pair(baselineStats), '', '', '', '', (baselineBytes / 1024).toFixed(0), 1],
          ],
        ),
        '',
        `RENDER+SIGN p50 ${ms(overall.renderSign.p50Ms)} ms — goal ≤ ${documentsGoals.renderSignP50Ms} ms: ${verdict(met.renderSignP50)}`,
        `RATIO render+sign p50 / baseline p50 = ${ms(overall.renderSign.p50Ms)} / ${ms(baselineStats.p50Ms)} = ${ratio.toFixed(2)} — ` +
          `goal ≤ ${documentsGoals.ratioToBaseline}: ${verdict(met.ratioToBaseline)}`,
      ].join('\n'),
    );

    const figures = {
      bench: 'documents',
      at: startedAt.toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? null, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version },
      seconds: round(totalSeconds, 1),
      measuredSeconds: round(measuredSeconds, 1),
      foreignCpuPercent: round(cpu.foreignPercent, 1),
      iterations: options.iterations,
      warmup: options.warmup,
      forms: formIds.length,
      documentsStored: stored,
      goals: documentsGoals,
      renderSignP50Ms: overall.renderSign.p50Ms,
      renderSignP95Ms: overall.renderSign.p95Ms,
      baselineP50Ms: baselineStats.p50Ms,
      baselineP95Ms: baselineStats.p95Ms,
      ratio,
      renderSignGoalMet: met.renderSignP50,
      ratioGoalMet: met.ratioToBaseline,
      overall,
      baseline: { ...baselineStats, bytes: baselineBytes, pages: 1 },
      perForm,
    };
    printFigures(figures);
    return 0;
  } catch (error) {
    if (stopping) return stopping;
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup(true);
    throw error;
  }
}

/** Runs the measuring loop (scripts/bench/documents-thread.ts) in a worker thread, relaying its progress. */
function inThread(input: ThreadInput, started: (worker: Worker) => void): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    // A worker thread does not inherit tsx's loader: it registers it, then loads the TypeScript file.
    const file = path.join(__dirname, 'documents-thread.ts');
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: input });
    started(worker);
    worker.on('message', (message: ThreadMessage) => {
      if (message.kind === 'progress') progress(message.message);
      else resolve(message.result);
    });
    worker.once('error', reject);
    // After a result this changes nothing; the thread is terminated with the other clean-ups.
    worker.once('exit', (code) => reject(new Error(`the measuring thread exited with code ${code}`)));
  });
}
