import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@temporalio/client';
import { historyToJSON, JSONToPayload } from '@temporalio/common/lib/proto-utils';
import { keyRingSourceOf } from '../../config/codec-keys';
import { ENCRYPTED_ENCODING, EncryptionCodec } from '../../config/payload-codec';
import { foldVietnamese } from '../../domain/text/fold';
import { workflowIdOf } from '../../workflows/messages';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

/** Every payload of a history in proto JSON (`metadata` and `data` base64), wherever it sits. */
function payloadsIn(node: unknown, found: JsonPayload[] = []): JsonPayload[] {
  if (Array.isArray(node)) for (const item of node) payloadsIn(item, found);
  else if (node && typeof node === 'object') {
    if ('metadata' in node && typeof node.metadata === 'object' && node.metadata && 'encoding' in node.metadata) found.push(node as JsonPayload);
    for (const value of Object.values(node)) payloadsIn(value, found);
  }
  return found;
}

const fromBase64 = (text: string | undefined) => Buffer.from(text ?? '', 'base64').toString('utf8');

/** Issue 13: what Temporal stores of a dossier, read without the codec, holds no personal data. */
describeWithStack('personal data reaches Temporal only encrypted', () => {
  let hoso: Hoso;
  let raw: Client;
  const fullName = 'Trịnh Thị Mận';
  const idNumber = uniqueIdNumber();
  const note = 'Người nhà cho biết đương sự thường lui tới quán cà phê Hồng Hà';
  const violation = 'Tàng trữ ống tiêm tại nhà kho số 7 đường Lý Bôn';
  let historyJson: string;

  beforeAll(async () => {
    hoso = await startHoso();
    // A client as anyone with access to Temporal has: same server and namespace, no codec.
    raw = new Client({ connection: hoso.temporal.connection, namespace: hoso.env.TEMPORAL_NAMESPACE });
    const opened = await openThroughApi(hoso, { fullName, idNumber });
    expect(opened.status).toBe(201);
    const dossierId: string = opened.body.dossierId;
    await actThroughApi(hoso, dossierId, [
      ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01', note }],
      ['health_facility', 'record-determination', { result: 'addicted' }],
      ['commune_police', 'record-violation', { description: violation }],
    ]);
    // The forms are issued after the answers: wait until their activities have run, so that their inputs and results
    // are in the history too.
    const handle = raw.workflow.getHandle(workflowIdOf(dossierId));
    for (let attempt = 0; ; attempt++) {
      const documents = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}/documents`);
      const { raw: description } = await handle.describe();
      if (documents.body.items.length >= 2 && !description.pendingActivities?.length) break;
      if (attempt > 300) throw new Error('the forms were not issued');
      await sleep(100);
    }
    historyJson = historyToJSON(await handle.fetchHistory());
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const secrets = () => ({ fullName, foldedName: foldVietnamese(fullName), idNumber, note, violation });

  it('holds neither the name, nor the ID number, nor the free text, in its events or in any payload', () => {
    const decodedPayloads = payloadsIn(JSON.parse(historyJson)).map(({ data }) => fromBase64(data)).join('\n');
    for (const [what, secret] of Object.entries(secrets())) {
      expect({ what, inHistory: historyJson.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ what, inHistory: false });
      expect({ what, inPayloads: decodedPayloads.toLowerCase().includes(secret.toLowerCase()) }).toEqual({ what, inPayloads: false });
    }
  });

  it('encrypts the dossier opening, every Update, and every activity input and result', () => {
    type Attributes = { input?: unknown; result?: unknown; acceptedRequest?: { input?: unknown }; markerName?: string; details?: { result?: unknown } };
    const events: Array<Record<string, Attributes>> = JSON.parse(historyJson).events;
    const carrying = (attribute: string) => events.flatMap((event) => (event[attribute] ? [event[attribute]] : []));
    const groups = {
      opening: carrying('workflowExecutionStartedEventAttributes').map(({ input }) => input),
      updates: carrying('workflowExecutionUpdateAcceptedEventAttributes').map(({ acceptedRequest }) => acceptedRequest?.input),
      activityInputs: carrying('activityTaskScheduledEventAttributes').map(({ input }) => input),
      activityResults: carrying('activityTaskCompletedEventAttributes').map(({ result }) => result),
      // The projection runs as a local activity: its result is in a marker (patch markers carry only a patch id).
      localActivityResults: carrying('markerRecordedEventAttributes')
        .filter(({ markerName }) => markerName === 'core_local_activity')
        .map(({ details }) => details?.result),
    };
    for (const [group, items] of Object.entries(groups)) {
      const encodings = payloadsIn(items).map(({ metadata }) => fromBase64(metadata?.encoding));
      expect({ group, some: encodings.length > 0 }).toEqual({ group, some: true });
      expect({ group, encodings: [...new Set(encodings)] }).toEqual({ group, encodings: [ENCRYPTED_ENCODING] });
    }
  });

  it('holds them encrypted: decrypted with the key ring, the same history reads the dossier', async () => {
    const codec = new EncryptionCodec(await keyRingSourceOf(hoso.env).load());
    const encrypted = payloadsIn(JSON.parse(historyJson)).filter(({ metadata }) => fromBase64(metadata?.encoding) === ENCRYPTED_ENCODING);
    const decrypted = await codec.decode(encrypted.map((payload) => JSONToPayload(payload)));
    const text = decrypted.map(({ data }) => Buffer.from(data ?? []).toString('utf8')).join('\n');
    for (const secret of [fullName, idNumber, note, violation]) expect(text).toContain(secret);
  });
});
