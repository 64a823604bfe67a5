/**
 * `npm run bench -- api [--actions N] [--dossiers N] [--queries N]`: on a fresh, throw-away stack, with hoso's
 * API and workers each in a process of their own, measures in one run:
 *   1. an action through the API (HTTP, token, access check, validation, the Update, the answer) against the
 *      same Update sent straight with the Temporal client, interleaved on the same dossiers; the ratio of
 *      their p50 is the API's overhead;
 *   2. the inbox and overdue queries through the API with N (default 10⁶) dossiers in the PostgreSQL projection.
 * Prints a table, then, as the last line of stdout, one JSON object with every figure. Method: docs/benchmarks.md.
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Principal } from '../../api/auth/claims';
import { connectTemporal } from '../../config/connect';
import { performAction, workflowIdOf } from '../../workflows/messages';
import type { ActionRequest } from '../../domain/dossier';
import { formatTable, percentile, printFigures, progress, round } from './util';
import { seedSyntheticDossiers } from './synthetic-dossiers';
import { throwAwayRun } from './throw-away-run';
import { parseCountOptions, startHosoUnderBench } from './hoso-under-bench';

export const apiGoals = { overheadRatioP50: 1.3, actionP95Ms: 100, queryP95Ms: 20 } as const;

export const apiUsage = `usage: npm run bench -- api [options]
  --actions N     measured actions of each kind, API and direct, interleaved (default 300)
  --dossiers N    synthetic dossiers in the projection for the query part (default 1000000)
  --queries N     measured requests of each query (default 300)`;

const TASK_QUEUE = 'bench-api';
const police: Principal = { userId: 'demo-police-x01', name: 'Trần Văn Hùng', role: 'commune_police', unitCode: 'DEMO-X01' };
const health: Principal = { userId: 'demo-health-yt01', name: 'Phạm Thị Lan', role: 'health_facility', unitCode: 'DEMO-YT01' };
const stats = (values: readonly number[]) => ({ p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), n: values.length });

export async function runApiBench(argv: string[]): Promise<number> {
  const options = parseCountOptions(argv, { actions: 300, dossiers: 1_000_000, queries: 300 });
  const startedAt = new Date();
  const run = await throwAwayRun('hoso-bench-api-');
  const { cleanups, cleanup, succeed } = run;
  try {
    const { env, sql, request } = await startHosoUnderBench(run, TASK_QUEUE);
    const temporal = await connectTemporal(env);
    cleanups.push(() => temporal.connection.close());

    // 1. An action through the API vs the same Update straight to Temporal.
    const dossierCount = 10;
    progress(`opening ${dossierCount} dossiers and taking them to the commune phase`);
    const dossierIds: string[] = [];
    for (let index = 0; index < dossierCount; index++) {
      const opened = await request(police, 'POST', '/api/v1/dossiers', {
        subject: {
          fullName: `Nguyễn Văn Bình ${index}`,
          dateOfBirth: '1990-01-01',
          sex: 'male',
          idNumber: `0010900${String(index).padStart(5, '0')}`,
          residence: 'Xã Tiên Du',
          hasStableResidence: true,
        },
        trigger: 'art32-b',
        priorPlacements: 0,
        detectedOn: '2026-09-01',
      });
      const id = opened.dossierId as string;
      await request(police, 'POST', `/api/v1/dossiers/${id}/actions/request-determination`, { healthFacilityCode: 'DEMO-YT01' });
      await request(health, 'POST', `/api/v1/dossiers/${id}/actions/record-determination`, { result: 'addicted' });
      dossierIds.push(id);
    }
    // `attach-document` (docs/legal/regime-2026.md#commune) can be taken any number of times and issues no form
    // without a summary CV: each measurement is one Update, the same either way.
    const body = { title: 'Biên bản xác minh nơi cư trú' };
    const throughApi = async (id: string) => {
      await request(police, 'POST', `/api/v1/dossiers/${id}/actions/attach-document`, body);
    };
    const direct = async (id: string) => {
      const actionRequest: ActionRequest = { action: 'attach-document', actor: { userId: police.userId, role: police.role, unitCode: police.unitCode }, body };
      await temporal.client.workflow.getHandle(workflowIdOf(id)).executeUpdate(performAction, { args: [actionRequest] });
    };
    const apiMs: number[] = [];
    const directMs: number[] = [];
    const warmup = 30;
    progress(`${warmup} warm-up and ${options.actions} measured actions of each kind, alternating`);
    for (let index = 0; index < warmup + options.actions; index++) {
      const id = dossierIds[index % dossierIds.length] as string;
      // Alternating which goes first cancels any effect of the order.
      const order = index % 2 === 0 ? ([['api', throughApi], ['direct', direct]] as const) : ([['direct', direct], ['api', throughApi]] as const);
      for (const [kind, run] of order) {
        const started = performance.now();
        await run(id);
        const elapsed = performance.now() - started;
        if (index >= warmup) (kind === 'api' ? apiMs : directMs).push(elapsed);
      }
    }
    const action = { api: stats(apiMs), direct: stats(directMs) };
    const overheadRatioP50 = action.api.p50Ms / action.direct.p50Ms;

    // 2. The inbox and the overdue board with a million dossiers in the projection.
    progress(`writing ${options.dossiers} synthetic dossiers into the projection`);
    const seeded = await seedSyntheticDossiers(sql, options.dossiers);
    progress(`written in ${round(seeded.seconds, 1)} s (${seeded.waits} running deadlines, ${seeded.overdue} overdue); ANALYZE done`);
    const queryUsers: Array<{ name: string; principal: Principal; route: string }> = [
      { name: 'inbox, commune police (DEMO-X01)', principal: police, route: '/api/v1/inbox?limit=50' },
      { name: 'inbox, health facility (DEMO-YT01)', principal: health, route: '/api/v1/inbox?limit=50' },
      {
        name: `overdue, supervisor of province ${seeded.largestProvince.code}`,
        principal: { userId: 'bench-supervisor', name: 'Giám sát', role: 'supervisor', unitCode: seeded.largestProvince.code },
        route: '/api/v1/overdue?limit=50',
      },
      { name: 'overdue, commune police (DEMO-X01)', principal: police, route: '/api/v1/overdue?limit=50' },
    ];
    const queries: Record<string, ReturnType<typeof stats> & { items: number }> = {};
    for (const { name, principal, route } of queryUsers) {
      let items = 0;
      for (let index = 0; index < 20; index++) await request(principal, 'GET', route);
      const times: number[] = [];
      for (let index = 0; index < options.queries; index++) {
        const started = performance.now();
        const page = await request(principal, 'GET', route);
        times.push(performance.now() - started);
        items = (page.items as unknown[]).length;
      }
      queries[name] = { ...stats(times), items };
    }
    const inboxP95 = Math.max(...Object.entries(queries).filter(([name]) => name.startsWith('inbox')).map(([, figures]) => figures.p95Ms));
    const overdueP95 = Math.max(...Object.entries(queries).filter(([name]) => name.startsWith('overdue')).map(([, figures]) => figures.p95Ms));

    const goalsMet = {
      overheadRatioP50: overheadRatioP50 <= apiGoals.overheadRatioP50,
      actionP95: action.api.p95Ms <= apiGoals.actionP95Ms,
      inboxP95: inboxP95 <= apiGoals.queryP95Ms,
      overdueP95: overdueP95 <= apiGoals.queryP95Ms,
    };
    console.log(`\nhoso API benchmark — ${startedAt.toISOString()}, ${cpus().length} CPUs, ${round(totalmem() / 2 ** 30, 1)} GiB\n`);
    console.log(
      formatTable(
        ['measure', 'n', 'p50 ms', 'p95 ms', 'goal'],
        [
          ['action through the API (attach-document)', action.api.n, round(action.api.p50Ms, 1), round(action.api.p95Ms, 1), `p95 ≤ ${apiGoals.actionP95Ms} ms: ${goalsMet.actionP95 ? 'met' : 'NOT met'}`],
          ['same Update straight to Temporal', action.direct.n, round(action.direct.p50Ms, 1), round(action.direct.p95Ms, 1), ''],
          ['API overhead (p50 ratio)', '', round(overheadRatioP50, 2), '', `≤ ${apiGoals.overheadRatioP50}: ${goalsMet.overheadRatioP50 ? 'met' : 'NOT met'}`],
          ...Object.entries(queries).map(([name, figures]) => [
            `${name} — ${figures.items} items`,
            figures.n,
            round(figures.p50Ms, 1),
            round(figures.p95Ms, 1),
            `p95 ≤ ${apiGoals.queryP95Ms} ms: ${figures.p95Ms <= apiGoals.queryP95Ms ? 'met' : 'NOT met'}`,
          ]),
        ],
      ),
    );
    console.log(`\n${options.dossiers} dossiers in the projection (${seeded.waits} running deadlines, ${seeded.overdue} overdue), written in ${round(seeded.seconds, 1)} s.`);
    succeed();
    printFigures({
      benchmark: 'api',
      startedAt: startedAt.toISOString(),
      cpus: cpus().length,
      action: { api: action.api, direct: action.direct, overheadRatioP50: round(overheadRatioP50, 3) },
      projection: { dossiers: options.dossiers, waits: seeded.waits, overdue: seeded.overdue, seedSeconds: round(seeded.seconds, 1) },
      queries,
      inboxP95Ms: round(inboxP95, 2),
      overdueP95Ms: round(overdueP95, 2),
      goals: apiGoals,
      goalsMet,
    });
    return 0;
  } catch (error) {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw error;
  } finally {
    await cleanup();
  }
}
