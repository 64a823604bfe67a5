import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { loadAuditAnchorKey } from '../../config/audit-anchor-key';
import type { Client as TemporalClient } from '@temporalio/client';
import { connectMinio, connectTemporal } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { readAuditAnchors } from '../../store/audit-anchors';
import { canonicalJson, verifyAuditChain } from '../../store/audit-log';
import { documentsOf, duplicateDocuments, projectedStates, requestsWithoutAudit } from '../../store/consistency';
import type { DossierView } from '../../workflows/dossier-view';
import { dossierState, workflowIdOf } from '../../workflows/messages';
import { inPool } from '../bench/util';
import { planSpine } from '../bench/spine';
import { carryDossier, chaosClients, until, type ChaosClient } from './dossier-load';
import { faultKinds, faultSchedule, inject, type FaultKind } from './faults';
import { startProductionShape, type ProductionShape } from './production-shape';

export interface ChaosOptions {
  dossiers: number;
  /** Dossiers of the clean run that sets the expected final state and the pace without faults. */
  cleanDossiers: number;
  concurrency: number;
  faults: Record<FaultKind, number>;
  progress?: (message: string) => void;
}

export interface ChaosResult {
  dossiers: number;
  faults: Record<FaultKind, number>;
  retries: Record<string, number>;
  requests: number;
  clean: { dossiers: number; seconds: number; dossiersPerMinute: number };
  chaos: { seconds: number; dossiersPerMinute: number; settleSeconds: number };
  /** Each assertion of issue 13 with what it found; `ok` when all hold. */
  checks: {
    finalStateDiffers: string[];
    failedWorkflows: number;
    notRunning: string[];
    duplicateDocuments: number;
    extraObjectVersions: number;
    checksumMismatches: string[];
    notIntactOnVerify: string[];
    documents: number;
    projectionDiffers: string[];
    auditChainIntact: boolean;
    auditRows: number;
    writesWithoutAudit: string[];
    writesAnswered: number;
  };
  ok: boolean;
  /** Where the logs are, when the run failed (kept for reading). */
  logs?: string;
}

/**
 * The parts of a dossier's final state that must not depend on faults: where it is, what the officers recorded, in
 * order, and what was issued. Not what hoso recorded by itself on the way: the spine's entries are back-dated, so a
 * deadline is already past when its step begins, and whether hoso flags it overdue, or lets a window lapse, before
 * the next entry moves the dossier on depends on how fast that entry came, which a fault changes. What the windows
 * do is still checked: the decision takes effect only once they have all lapsed, and the spine ends in the centre.
 */
export function fingerprintOf(view: DossierView): string {
  const events = view.timeline
    .filter((event) => event.kind === 'opened' || event.kind === 'action')
    .map((event) => `${event.kind}:${event.action ?? ''}`)
    .join(',');
  const documents = view.documents.map((document) => `${document.formId}#${document.revision}`).sort().join(',');
  return `${view.step} | ${events} | ${documents}`;
}

/**
 * `npm run chaos`: hoso in production's shape carries dossiers through the whole procedure through its API, first
 * without faults (the clean run), then while processes are killed and services restarted; then checks that nothing
 * was lost, duplicated or left inconsistent (docs/operations.md, "Chaos run").
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const progress = options.progress ?? (() => undefined);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hoso-chaos-'));
  let shape: ProductionShape | undefined;
  let result: ChaosResult | undefined;
  // Ctrl-C stops what the run started, rather than leaving servers and replicas behind.
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: stopping`);
    void (shape?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress('starting the production shape: Temporal server on PostgreSQL, MinIO on 4 drives, 2 workflow workers, 1 documents worker, 2 APIs');
    shape = await startProductionShape(dataDir);
    const client = await chaosClients(shape.apis.map((api) => api.url), shape.env);
    const plan = planSpine(new Date());
    const actionsPerDossier = 1 + plan.toDecision.length + plan.toServing.length;

    progress(`clean run: ${options.cleanDossiers} dossiers, no faults`);
    const cleanStarted = performance.now();
    const cleanIds = await inPool(options.cleanDossiers, options.concurrency, (index) => carryDossier(client, plan, index));
    const cleanViews = await Promise.all(cleanIds.map((id) => settled(client, id)));
    const cleanSeconds = (performance.now() - cleanStarted) / 1000;
    const expected = new Set(cleanViews.map(fingerprintOf));
    if (expected.size !== 1) throw new Error(`the clean run itself ended in ${expected.size} different states:\n${[...expected].join('\n')}`);
    const [expectedState = ''] = expected;

    const schedule = faultSchedule(options.faults);
    progress(`chaos run: ${options.dossiers} dossiers while ${schedule.length} faults are injected`);
    let actionsDone = 0;
    const totalActions = options.dossiers * actionsPerDossier;
    const injected = Object.fromEntries(faultKinds.map((kind) => [kind, 0])) as Record<FaultKind, number>;
    let loadDone = false;
    const faultLoop = (async () => {
      for (const [index, kind] of schedule.entries()) {
        // Each fault when its share of the load is done, so faults land all along the run whatever its pace.
        while (!loadDone && actionsDone < ((index + 1) / (schedule.length + 1)) * totalActions) await sleep(100);
        progress(`fault ${index + 1}/${schedule.length}: ${kind}`);
        await inject(shape as ProductionShape, kind, injected[kind]);
        injected[kind]++;
      }
    })();
    const chaosStarted = performance.now();
    const countingClient: ChaosClient = {
      ...client,
      call: async (...args) => {
        const answer = await client.call(...args);
        if (args[1] === 'POST') actionsDone++;
        return answer;
      },
    };
    const ids = await inPool(options.dossiers, options.concurrency, (index) => carryDossier(countingClient, plan, options.cleanDossiers + index)).finally(() => {
      loadDone = true;
    });
    await faultLoop;
    const loadSeconds = (performance.now() - chaosStarted) / 1000;
    progress('waiting for every dossier to settle');
    const settleStarted = performance.now();
    const views = await Promise.all(ids.map((id) => until(client, id, (view) => fingerprintOf(view) === expectedState, 'the clean run’s final state').catch(() => undefined)));
    const finalViews = await Promise.all(ids.map((id, index) => views[index] ?? settled(client, id)));
    const settleSeconds = (performance.now() - settleStarted) / 1000;

    progress('checking');
    const checks = await check(shape, client, ids, finalViews, expectedState);
    const chaosSeconds = loadSeconds + settleSeconds;
    const ok =
      checks.finalStateDiffers.length === 0 &&
      checks.failedWorkflows === 0 &&
      checks.notRunning.length === 0 &&
      checks.duplicateDocuments === 0 &&
      checks.extraObjectVersions === 0 &&
      checks.checksumMismatches.length === 0 &&
      checks.notIntactOnVerify.length === 0 &&
      checks.projectionDiffers.length === 0 &&
      checks.auditChainIntact &&
      checks.writesWithoutAudit.length === 0;
    result = {
      dossiers: options.dossiers,
      faults: injected,
      retries: Object.fromEntries([...client.record.retries].sort(([, a], [, b]) => b - a)),
      requests: client.record.requests,
      clean: { dossiers: options.cleanDossiers, seconds: cleanSeconds, dossiersPerMinute: (options.cleanDossiers / cleanSeconds) * 60 },
      chaos: { seconds: chaosSeconds, dossiersPerMinute: (options.dossiers / chaosSeconds) * 60, settleSeconds },
      checks,
      ok,
      ...(ok ? {} : { logs: path.join(dataDir, 'logs') }),
    };
    return result;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await shape?.stop();
    if (result?.ok) await rm(dataDir, { recursive: true, force: true });
    else progress(`data and logs kept in ${dataDir}`);
  }
}

/** Waits until a dossier has stopped changing (its documents are issued after the actions that call for them). */
async function settled(client: ChaosClient, dossierId: string): Promise<DossierView> {
  let last = '';
  let stableSince = 0;
  return until(
    client,
    dossierId,
    (view) => {
      const now = `${view.version}/${view.documents.length}`;
      if (now !== last) [last, stableSince] = [now, Date.now()];
      return view.step === 'serving' && Date.now() - stableSince > 5_000;
    },
    'a settled state in the centre',
  );
}

async function check(shape: ProductionShape, client: ChaosClient, ids: string[], views: DossierView[], expectedState: string): Promise<ChaosResult['checks']> {
  const env = parseEnv(shape.env);
  const sql = postgres(shape.env.DATABASE_URL as string, { max: 2, onnotice: () => undefined });
  const temporal = await connectTemporal(env);
  const minio = connectMinio(env);
  try {
    const finalStateDiffers = ids.filter((id, index) => fingerprintOf(views[index] as DossierView) !== expectedState);

    const failedWorkflows = await temporal.client.workflow.count('ExecutionStatus = "Failed"').then((answer) => answer.count);
    const statuses = await inPool(ids.length, 8, (index) => patiently(() => temporal.client.workflow.getHandle(workflowIdOf(ids[index] as string)).describe().then((described) => described.status.name)));
    const notRunning = ids.filter((id, index) => statuses[index] !== 'RUNNING');

    const documents = await documentsOf(sql, ids);
    const versions = new Map<string, number>();
    // Dossier by dossier: the minio client signs the second page of a versioned listing wrongly (SignatureDoesNotMatch).
    await inPool(ids.length, 8, async (index) => {
      const listing = minio.listObjects(env.MINIO_BUCKET, `dossiers/${ids[index] as string}/`, true, { IncludeVersion: true }) as AsyncIterable<{ name?: string }>;
      for await (const item of listing) if (item.name) versions.set(item.name, (versions.get(item.name) ?? 0) + 1);
    });
    const revisions = new Map<string, number>();
    for (const document of documents) revisions.set(document.objectKey, (revisions.get(document.objectKey) ?? 0) + 1);
    let extraObjectVersions = 0;
    for (const [key, count] of revisions) extraObjectVersions += Math.max(0, (versions.get(key) ?? 0) - count);

    const checksumMismatches: string[] = [];
    const notIntactOnVerify: string[] = [];
    await inPool(documents.length, 8, async (index) => {
      const document = documents[index] as (typeof documents)[number];
      const stream = await minio.getObject(env.MINIO_BUCKET, document.objectKey, document.objectVersionId ? { versionId: document.objectVersionId } : {});
      const hash = createHash('sha256');
      for await (const chunk of stream) hash.update(chunk as Buffer);
      if (hash.digest('hex') !== document.sha256) checksumMismatches.push(document.id);
      const verified = await client.call('demo-police-x01', 'GET', `/api/v1/verify/${document.verificationCode ?? ''}`);
      const report = verified.body as { intact?: boolean; signatureValid?: boolean } | undefined;
      if (verified.status !== 200 || !report?.intact || !report.signatureValid) notIntactOnVerify.push(document.id);
    });

    const projectionDiffers = await projectionsBehind(sql, temporal.client, ids);

    // Rows still spooled by an API replica are not lost: wait until both have written theirs.
    await Promise.all(shape.apis.map((api) => drained(api.url)));
    const anchors = await readAuditAnchors({ sql, minio, bucket: env.MINIO_BUCKET, key: await loadAuditAnchorKey(env) });
    const anchored = new Map(anchors.flatMap((checked) => (checked.valid ? [[checked.anchor.seq, checked.anchor.hash] as const] : [])));
    const chain = await verifyAuditChain(sql, { anchors: anchored });
    const writesWithoutAudit = await requestsWithoutAudit(sql, client.record.answeredWrites);

    return {
      finalStateDiffers,
      failedWorkflows,
      notRunning,
      duplicateDocuments: await duplicateDocuments(sql, ids),
      extraObjectVersions,
      checksumMismatches,
      notIntactOnVerify,
      documents: documents.length,
      projectionDiffers,
      auditChainIntact: chain.ok && anchors.every((checked) => checked.valid),
      auditRows: chain.rows,
      writesWithoutAudit,
      writesAnswered: client.record.answeredWrites.length,
    };
  } finally {
    await Promise.allSettled([sql.end(), temporal.connection.close()]);
  }
}

/**
 * The dossiers whose projected state is not their workflow's, each with the fields that differ. A projection follows
 * its workflow (a reminder or a period ending now is projected in the background), so those that differ are compared
 * again for a minute before they count.
 */
async function projectionsBehind(sql: postgres.Sql, client: TemporalClient, ids: readonly string[]): Promise<string[]> {
  let behind: string[] = [...ids];
  for (let round = 0; ; round++) {
    const projected = await projectedStates(sql, behind);
    // A query needs a worker: one just restarted may not poll yet, so each is asked again for a while.
    const queried = await inPool(behind.length, 8, (index) => patiently(() => client.workflow.getHandle(workflowIdOf(behind[index] as string)).query(dossierState)));
    const differing = behind.flatMap((id, index) => {
      const fields = differingFields(projected.get(id), queried[index]);
      return fields.length ? [`${id}: ${fields.join(', ')}`] : [];
    });
    if (!differing.length || round >= 12) return differing;
    behind = differing.map((entry) => entry.slice(0, entry.indexOf(':')));
    await sleep(5_000);
  }
}

function differingFields(projected: unknown, queried: unknown): string[] {
  const a = (projected ?? {}) as Record<string, unknown>;
  const b = (queried ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => canonicalJson(a[key]) !== canonicalJson(b[key])).sort();
}

/** Asks again, for up to two minutes, what a service restarting or a worker not polling yet cannot answer now. */
async function patiently<T>(ask: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (attempt >= 40) throw error;
      await sleep(3_000);
    }
  }
}

/** Until the API reports no audit rows waiting, in memory or spooled (its /readyz). */
async function drained(apiUrl: string): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(500)) {
    const body = (await fetch(`${apiUrl}/readyz`).then((response) => response.json(), () => undefined)) as { auditBacklog?: { queued: number; spooled: number } } | undefined;
    if (body?.auditBacklog && body.auditBacklog.queued === 0 && body.auditBacklog.spooled === 0) return;
  }
  throw new Error(`${apiUrl} still holds audit rows not written after two minutes`);
}
