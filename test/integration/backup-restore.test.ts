import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { temporal } from '@temporalio/proto';
import postgres from 'postgres';
import { loadAuditAnchorKey } from '../../config/audit-anchor-key';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { startStack, type Stack } from '../../scripts/dev-stack';
import { anchorAuditHead } from '../../store/audit-anchors';
import { workflowIdOf } from '../../workflows/messages';
import { actThroughApi, openThroughApi } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

const root = path.join(__dirname, '..', '..');

/**
 * Runs one of hoso's command-line scripts as an operator would, with `env` on top of this process's, less the settings
 * that name the shared test stack (`npm test` exports them): the scripts would read those instead of the stack's.
 */
async function runScript(script: string, args: string[], env: Record<string, string>, sharedStack: Stack): Promise<{ code: number; output: string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(name in sharedStack.env)));
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), script, ...args], {
    cwd: root,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A script that hangs fails its step, instead of the whole file's timeout.
    timeout: 240_000,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code: code ?? 1, output };
}

/** The settings `npm start` derives a stack's addresses from, for the scripts that read them. */
function stackSettings(dataDir: string, stack: Stack): Record<string, string> {
  return {
    HOSO_DATA_DIR: dataDir,
    HOSO_POSTGRES_PORT: new URL(stack.env.DATABASE_URL ?? '').port,
    HOSO_MINIO_PORT: new URL(stack.env.MINIO_ENDPOINT ?? '').port,
  };
}

/** Timers a workflow started and that neither fired nor were cancelled: what it waits on. */
function pendingTimers(history: temporal.api.history.v1.IHistory): string[] {
  const events = history.events ?? [];
  const ended = new Set(events.flatMap((event) => [event.timerFiredEventAttributes?.timerId, event.timerCanceledEventAttributes?.timerId]).filter(Boolean));
  return events.flatMap((event) => {
    const timer = event.timerStartedEventAttributes;
    return timer?.timerId && !ended.has(timer.timerId) ? [timer.timerId] : [];
  });
}

/** Waits until the dossier's forms are issued and its projection written: no activity pending. */
async function settled(hoso: Hoso, dossierId: string): Promise<void> {
  const handle = hoso.temporal.workflow.getHandle(workflowIdOf(dossierId));
  for (let attempt = 0; (await handle.describe()).raw.pendingActivities?.length; attempt++) {
    if (attempt > 600) throw new Error(`dossier ${dossierId} still has activities pending`);
    await sleep(100);
  }
}

/** Issue 13 item 9: a backup of a running stack restores into a fresh one, with its evidence and its clocks. */
describeWithStack('backup and restore', () => {
  let work: string;
  let before: Stack | undefined;
  let after: Stack | undefined;
  let hoso: Hoso | undefined;
  let taskQueue: string;
  const dossiers: string[] = [];
  let documentsBefore: { id: string; verification_code: string }[];
  const timersBefore = new Map<string, string[]>();
  let restoreOutput: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hoso-backup-'));
    const [sourceDir, backupDir, keysDir, targetDir] = ['source', 'backup', 'keys', 'target'].map((name) => path.join(work, name)) as [string, string, string, string];

    before = await startStack({ persistent: true, dataDir: sourceDir, temporalUi: false });
    hoso = await startHoso({ env: before.env });
    taskQueue = hoso.env.TEMPORAL_TASK_QUEUE;
    // Detected today: their periods run into the future, so each waits on a timer.
    const detectedOn = civilDateAt(new Date());
    const [first, second] = [await openThroughApi(hoso, { detectedOn }), await openThroughApi(hoso, { detectedOn })];
    expect([first.status, second.status]).toEqual([201, 201]);
    dossiers.push(first.body.dossierId, second.body.dossierId);
    await actThroughApi(hoso, first.body.dossierId, [
      ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
      ['health_facility', 'record-determination', { result: 'addicted' }],
      ['commune_police', 'record-violation', { description: 'Sử dụng trái phép chất ma túy' }],
    ]);
    for (const dossierId of dossiers) await settled(hoso, dossierId);
    for (const dossierId of dossiers) timersBefore.set(dossierId, pendingTimers(await hoso.temporal.workflow.getHandle(workflowIdOf(dossierId)).fetchHistory()));
    // The chain's head anchored in the archive, as the workflow worker does every few minutes.
    for (let attempt = 0; hoso.audit.backlog().queued + hoso.audit.backlog().spooled > 0 && attempt < 100; attempt++) await sleep(50);
    await anchorAuditHead({ sql: hoso.sql, minio: hoso.minio, bucket: hoso.env.MINIO_BUCKET, key: await loadAuditAnchorKey(hoso.env) });
    const owner = postgres(before.env.DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
    documentsBefore = await owner<{ id: string; verification_code: string }[]>`SELECT id, verification_code FROM documents ORDER BY id`;
    await owner.end();

    // Online: the workers and the API still run while the backup is taken.
    const backup = await runScript('scripts/backup.ts', [backupDir, '--keys', keysDir], stackSettings(sourceDir, before), before);
    expect({ code: backup.code, output: backup.output }).toMatchObject({ code: 0 });
    await hoso.stop();
    hoso = undefined;
    const stopped = before;
    before = undefined;
    await stopped.stop();

    const restore = await runScript('scripts/restore.ts', [backupDir, '--keys', keysDir], { HOSO_DATA_DIR: targetDir }, stopped);
    restoreOutput = restore.output;
    expect({ code: restore.code, output: restore.output }).toMatchObject({ code: 0 });
    after = await startStack({ persistent: true, dataDir: targetDir, temporalUi: false });
    hoso = await startHoso({ env: { ...after.env, TEMPORAL_TASK_QUEUE: taskQueue } });
  }, 600_000);

  afterAll(async () => {
    await hoso?.stop();
    await before?.stop();
    await after?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  }, 120_000);

  it('keeps every document, and each still verifies as intact and validly signed', async () => {
    expect(documentsBefore.length).toBeGreaterThan(0);
    const owner = postgres(after?.env.DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
    const restored = await owner<{ id: string; verification_code: string }[]>`SELECT id, verification_code FROM documents ORDER BY id`;
    await owner.end();
    // Every document issued before; forms still being issued while the backup ran are issued again after the restore.
    expect(restored).toEqual(expect.arrayContaining(documentsBefore));
    for (const { verification_code: code } of restored) {
      const response = await fetch(`${hoso?.baseUrl}/api/v1/verify/${code}`, { headers: { accept: 'application/json' } });
      const report = (await response.json()) as { intact?: boolean; signatureValid?: boolean };
      expect({ code, status: response.status, intact: report.intact, signatureValid: report.signatureValid }).toEqual({ code, status: 200, intact: true, signatureValid: true });
    }
  });

  it('keeps an audit chain that verifies against its anchors', async () => {
    const verified = await runScript('scripts/audit-verify.ts', [], {
      DATABASE_URL: after?.env.DATABASE_URL ?? '',
      MINIO_ENDPOINT: after?.env.MINIO_ENDPOINT ?? '',
      MINIO_ACCESS_KEY: after?.env.MINIO_ACCESS_KEY ?? '',
      MINIO_SECRET_KEY: after?.env.MINIO_SECRET_KEY ?? '',
      AUDIT_ANCHOR_KEY_FILE: after?.env.AUDIT_ANCHOR_KEY_FILE ?? '',
    }, after as Stack);
    expect({ code: verified.code, output: verified.output }).toMatchObject({ code: 0, output: expect.stringMatching(/Intact: [1-9]\d* rows, .*; [1-9]\d* anchors agree/) });
  });

  it('resumes every open dossier with the timers it was waiting on, and takes its next action', async () => {
    const [dossierId = ''] = dossiers;
    // The first is within a period of the commune police's; the second, only opened, waits on no one yet.
    expect(timersBefore.get(dossierId)?.length).toBeGreaterThan(0);
    for (const id of dossiers) {
      const handle = hoso?.temporal.workflow.getHandle(workflowIdOf(id));
      expect((await handle?.describe())?.status.name).toBe('RUNNING');
      expect(pendingTimers((await handle?.fetchHistory()) ?? {})).toEqual(timersBefore.get(id));
    }
    const view = hoso ? await actThroughApi(hoso, dossierId, [['commune_police', 'set-temporary-management', { form: 'home', place: 'Gia đình' }]]) : undefined;
    expect(view?.step).toBeDefined();
    const read = await hoso?.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`);
    expect(read?.status).toBe(200);
    expect(read?.body.step).toBe(view?.step);
  });

  it('says what it restored, and does nothing the second time', async () => {
    expect(restoreOutput).toMatch(/Restored into/);
    const restored = JSON.parse(await readFile(path.join(work, 'target', 'restored-from.json'), 'utf8'));
    expect(restored.backupDir).toBe(path.join(work, 'backup'));
    const again = await runScript('scripts/restore.ts', [path.join(work, 'backup'), '--keys', path.join(work, 'keys')], { HOSO_DATA_DIR: path.join(work, 'target') }, after as Stack);
    expect({ code: again.code, output: again.output }).toMatchObject({ code: 0, output: expect.stringMatching(/already holds this backup/) });
  });
});
