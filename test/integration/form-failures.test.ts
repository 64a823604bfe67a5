import { setTimeout as sleep } from 'node:timers/promises';
import { DossierViewSchema } from '../../domain/schemas/dossier-view';
import { actThroughApi, openThroughApi, startDossierWithUnprintableName, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/** Waits for what the API answers to satisfy `ready`, for up to 30 seconds; returns the last answer. */
async function until<T>(read: () => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 300 && !ready(value); attempt++) {
    await sleep(100);
    value = await read();
  }
  return value;
}

/**
 * Issue 16 (part 5): a form that fails to issue is shown in the dossier and flagged in the inbox, not only logged; the
 * dossier goes on.
 */
describeWithStack('a form that cannot be issued', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(() => hoso?.stop());

  it('is shown in the dossier with its reason, flagged in the inbox and the list, and the dossier goes on', async () => {
    // A name the form's font cannot print: the opening form (and every later one that prints the name) fails.
    const opening = await startDossierWithUnprintableName(hoso, 'Lò Văn 𡨸', '2026-09-01');
    const { dossierId } = opening;

    const read = async () => {
      const { status, body } = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`);
      return status === 200 ? DossierViewSchema.parse(body) : undefined;
    };
    const opened = await until(read, (view) => (view?.formFailures?.length ?? 0) > 0);
    expect(opened?.documents).toEqual([]);
    expect(opened?.formFailures).toEqual([
      {
        formId: 'dossier-cover-sheet',
        formTitle: expect.stringMatching(/\S/),
        seq: 1,
        code: 'form-text-unprintable',
        reason: expect.stringMatching(/phông chữ/),
        failedAt: expect.any(String),
      },
    ]);
    // The reason is for people, the fields are paths: neither repeats the dossier's data.
    expect(JSON.stringify(opened?.formFailures)).not.toContain('𡨸');

    // The dossier goes on: the next act is recorded, though its form fails too.
    const requested = await actThroughApi(hoso, dossierId, [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]]);
    expect(requested.version).toBe(2);
    const moved = await until(read, (view) => (view?.formFailures?.length ?? 0) > 1);
    expect(moved?.step).toBe('determination');
    expect(moved?.formFailures?.map(({ formId, seq }) => [formId, seq])).toEqual([
      ['dossier-cover-sheet', 1],
      ['determination-request', 2],
    ]);

    // Whoever must act next sees the flag in the inbox; supervisors see it in the list.
    const waiting = await until(
      async () => (await hoso.call('demo-health-yt01', 'GET', '/api/v1/inbox?limit=100')).body.items.filter((item: { dossierId: string }) => item.dossierId === dossierId),
      (items: Array<{ failedForms: number }>) => items.length > 0 && items.every((item) => item.failedForms === 2),
    );
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((item: { failedForms: number }) => item.failedForms === 2)).toBe(true);
    const listed = await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/dossiers?q=${opening.subject.idNumber}&limit=100`);
    expect(listed.body.items).toEqual([expect.objectContaining({ dossierId, failedForms: 2 })]);
  }, 120_000);

  it('leaves a dossier whose forms were issued unflagged', async () => {
    const idNumber = uniqueIdNumber();
    const opened = await openThroughApi(hoso, { idNumber });
    expect(opened.status).toBe(201);
    const dossierId = opened.body.dossierId as string;
    const issued = await until(
      async () => DossierViewSchema.parse((await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${dossierId}`)).body),
      (view) => view.documents.length > 0,
    );
    expect(issued.documents.map((document) => document.formId)).toEqual(['dossier-cover-sheet']);
    expect(issued).not.toHaveProperty('formFailures');
    const listed = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers?q=${idNumber}`);
    expect(listed.body.items).toEqual([expect.objectContaining({ dossierId, failedForms: 0 })]);
  });
});
