/**
 * `npx tsx scripts/record-histories.ts`: records the replay fixtures (test/fixtures/histories/) again, with today's
 * workflow code. Each fixture's opening and actions are read from the fixture itself and carried out again, in order,
 * on a fresh stack; the new run's history replaces the fixture. Payloads are encrypted with the test key ring
 * (test/fixtures/codec-keys.json), which the replay test decrypts with.
 *
 * Before the first tagged release this is how a change to the workflow's commands lands (README, "Decisions already
 * taken"); after it, a change that would break dossiers in flight needs `patched()`, and the fixtures stay.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { temporalDataConverter } from '../config/connect';
import type { ActionRequest } from '../domain/dossier';
import type { ActionBodies } from '../domain/schemas/actions';
import { noExclusion } from '../test/support/dossier-driver';
import type { DossierOpening } from '../domain/dossier/open-dossier';
import { NativeConnection } from '@temporalio/worker';
import { connectPostgres, connectTemporal } from '../config/connect';
import { parseEnv } from '../config/env';
import { createDocumentWorker, createWorkflowWorker } from '../worker/workers';
import { seedDemoData } from './seed/seed';
import { dossierState, dossierWorkflowType, performAction, workflowIdOf } from '../workflows/messages';
import { startStack } from './dev-stack';

const root = path.join(__dirname, '..');
const fixtures = path.join(root, 'test', 'fixtures', 'histories');
const testKeys = path.join(root, 'test', 'fixtures', 'codec-keys.json');

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hoso-record-'));
  const stack = await startStack({ persistent: false, dataDir, temporalUi: false });
  const env = parseEnv({ ...process.env, ...stack.env, TEMPORAL_CODEC_KEY_FILE: testKeys });
  const sql = connectPostgres(env, 4);
  await seedDemoData(sql);
  const temporal = await connectTemporal(env);
  const connection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const workers = [await createWorkflowWorker({ connection, env, sql, log: () => undefined }), await createDocumentWorker({ connection, env, sql })];
  const running = Promise.all(workers.map((worker) => worker.run()));
  const converter = await temporalDataConverter({ TEMPORAL_CODEC_KEY_FILE: testKeys });
  const decode = async <T>(payload: Payload | null | undefined): Promise<T> => {
    if (!payload) throw new Error('a payload is missing');
    let decoded = [payload];
    for (const codec of [...(converter.payloadCodecs ?? [])].reverse()) decoded = await codec.decode(decoded);
    return defaultPayloadConverter.fromPayload<T>(decoded[0] as Payload);
  };
  try {
    for (const file of (await readdir(fixtures)).filter((name) => name.endsWith('.json')).sort()) {
      const history = historyFromJSON(JSON.parse(await readFile(path.join(fixtures, file), 'utf8')));
      const events = history.events ?? [];
      const original = await decode<RecordedOpening>(events[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]);
      const requests = await Promise.all(
        events.flatMap((event) => {
          const payload = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads?.[0];
          return payload ? [decode<ActionRequest>(payload).then(withFieldsAddedSince)] : [];
        }),
      );
      const dossierId = randomUUID();
      // Fields added since a fixture was first recorded, as its dossier had them: no earlier placement, and the
      // reviewing level its actions go through.
      const opening: DossierOpening = { priorPlacements: 0, provincialReview: true, ...original, dossierId, code: `HS-REC-${dossierId.slice(0, 8).toUpperCase()}` };
      const handle = await temporal.client.workflow.start(dossierWorkflowType, { workflowId: workflowIdOf(dossierId), taskQueue: env.TEMPORAL_TASK_QUEUE, args: [opening] });
      for (const request of requests) {
        await handle.executeUpdate(performAction, { args: [request] });
        await settled(() => handle.query(dossierState));
      }
      // Taken while the dossier waits on its next period: the fixture ends there, as a dossier in flight does.
      const recorded = await handle.fetchHistory();
      await handle.terminate('recorded as a replay fixture');
      await writeFile(path.join(fixtures, file), `${JSON.stringify(JSON.parse(historyToJSON(recorded)), null, 1)}\n`);
      console.log(`${file}: ${requests.length} actions, ${recorded.events?.length ?? 0} events (was ${events.length})`);
    }
  } finally {
    for (const worker of workers) worker.shutdown();
    await running;
    await Promise.allSettled([connection.close(), temporal.connection.close(), sql.end()]);
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Until the dossier has stopped changing for a second and no period that moves it on is past due: its timers due at
 * once fired (one after another, each a workflow task of its own), its forms issued.
 */
async function settled(state: () => Promise<{ version: number; documents: unknown[]; deadlines: Array<{ onExpiry: string; dueAt: string }> }>): Promise<void> {
  let last = '';
  for (let stableSince = Date.now(); Date.now() - stableSince < 1_000; await sleep(100)) {
    const now = await state();
    const due = now.deadlines.some((deadline) => deadline.onExpiry !== 'overdue' && Date.parse(deadline.dueAt) < Date.now());
    const seen = `${now.version}/${now.documents.length}/${due}`;
    if (seen !== last || due) [last, stableSince] = [seen, Date.now()];
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/** An opening as a fixture recorded it, perhaps before these fields existed. */
type RecordedOpening = Omit<DossierOpening, 'priorPlacements' | 'provincialReview'> & Partial<Pick<DossierOpening, 'priorPlacements' | 'provincialReview'>>;

/** A submission recorded before the exclusion check existed: none of the cases applied (docs/legal/README.md#exclusions). */
function withFieldsAddedSince(request: ActionRequest): ActionRequest {
  if (request.action !== 'submit') return request;
  // Decoded from a fixture's JSON: its type cannot know that a field added since may be missing.
  const recorded: Omit<ActionBodies['submit'], 'exclusionCheck'> & Partial<ActionBodies['submit']> = request.body;
  return { ...request, body: { ...recorded, exclusionCheck: recorded.exclusionCheck ?? noExclusion } };
}
