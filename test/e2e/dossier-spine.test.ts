import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DossierView } from '../../workflows/dossier-view';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';
import { noExclusion } from '../support/dossier-driver';


/**
 * One dossier of regime `2026`, carried through HTTP from opening (`intake`) to `admission` by the role
 * that owns each step (docs/legal/README.md#steps), on the real Temporal, PostgreSQL and MinIO.
 * Events carry their legal dates, in the past, as clerks record them after the fact.
 */
describeWithStack('a dossier carried from opening to admission through the API', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const act = (userId: string, dossierId: string, action: string, body: object = {}) =>
    hoso.call(userId, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body);

  async function waitFor(userId: string, dossierId: string, what: string, predicate: (view: DossierView) => boolean): Promise<DossierView> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { body } = await hoso.call(userId, 'GET', `/api/v1/dossiers/${dossierId}`);
      if (predicate(body as DossierView)) return body as DossierView;
      await sleep(100);
    }
    throw new Error(`dossier ${dossierId} never reached: ${what}`);
  }
  const waitForStep = (userId: string, dossierId: string, step: string) => waitFor(userId, dossierId, step, (view) => view.step === step);

  it('moves through every step in order, projects to Postgres and archives the opening form', async () => {
    const opened = await hoso.call('demo-police-x01', 'POST', '/api/v1/dossiers', {
      subject: {
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '1990-05-17',
        sex: 'male',
        idNumber: '001090012345',
        residence: 'Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh',
        hasStableResidence: true,
      },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: '2026-09-01',
    });
    expect(opened.status).toBe(201);
    const id: string = opened.body.dossierId;
    expect(opened.body).toMatchObject({ regimeId: '2026', step: 'determination' });

    // The wrong role is refused and nothing is recorded.
    const refused = await act('demo-police-x01', id, 'record-determination', { result: 'addicted' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('role-not-permitted');
    const afterRefusal = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${id}`);
    expect(afterRefusal.body.version).toBe(opened.body.version);

    const steps: Array<[string, string, object]> = [
      ['demo-police-x01', 'request-determination', { healthFacilityCode: 'DEMO-YT01', occurredOn: '2026-09-01' }],
      ['demo-health-yt01', 'record-determination', { result: 'addicted', occurredOn: '2026-09-03' }],
      ['demo-police-x01', 'record-violation', { description: 'Sử dụng trái phép chất ma túy trong thời gian cai nghiện tự nguyện', occurredOn: '2026-09-04' }],
      ['demo-police-x01', 'set-temporary-management', { form: 'home', place: 'Gia đình, thôn Đông', occurredOn: '2026-09-04' }],
      ['demo-police-x01', 'notify-subject', { occurredOn: '2026-09-07' }],
      ['demo-police-x01', 'record-reading', { occurredOn: '2026-09-09' }],
      ['demo-police-x01', 'submit-to-court', { courtUnitCode: 'DEMO-TA01', exclusionCheck: noExclusion, occurredOn: '2026-09-10' }],
      ['demo-clerk-ta01', 'court-accept', { occurredOn: '2026-09-16' }],
      [
        'demo-clerk-ta01',
        'court-decide',
        { outcome: 'apply', months: 24, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01', occurredOn: '2026-09-25' },
      ],
    ];
    for (const [userId, action, body] of steps) {
      const result = await act(userId, id, action, body);
      expect({ action, status: result.status, body: result.status === 200 ? undefined : result.body }).toEqual({
        action,
        status: 200,
        body: undefined,
      });
    }

    // The complaint window (5 working days from 25/09/2026) has passed: the decision took effect.
    await waitForStep('demo-escort-ca01', id, 'execution');
    expect((await act('demo-escort-ca01', id, 'escort', { occurredOn: '2026-10-05' })).status).toBe(200);
    const admitted = await act('demo-centre-cs01', id, 'admit', { occurredOn: '2026-10-05' });
    expect(admitted.status).toBe(200);
    const final = admitted.body as DossierView;

    const visited = final.timeline.filter((event) => event.stepBefore !== event.stepAfter).map((event) => event.stepAfter);
    // No reviewing level by default (docs/legal/README.md#reviewing-level): the commune sends it to the court.
    expect(visited).toEqual(['determination', 'commune', 'court', 'complaint-window', 'execution', 'admission', 'serving']);
    // Other windows of these back-dated events may expire too, depending on when their timers are handled.
    expect(final.timeline.filter((event) => event.kind === 'deadline-expired').map((event) => event.details?.deadlineId)).toContain('complaint-window.complaint');

    // The projection catches up with the workflow.
    let row: { step: string; version: number; events: number } | undefined;
    for (let attempt = 0; attempt < 50 && row?.version !== final.version; attempt++) {
      [row] = await hoso.sql<{ step: string; version: number; events: number }[]>`
        SELECT step, version, (SELECT count(*)::int FROM dossier_events WHERE dossier_id = d.id) AS events
        FROM dossiers d WHERE id = ${id}`;
      if (row?.version !== final.version) await sleep(100);
    }
    expect(row).toEqual({ step: 'serving', version: final.version, events: final.timeline.length });

    // The opening form is issued in the background, then in MinIO as a PDF whose SHA-256 is the one Postgres recorded.
    const documented = await waitFor('demo-police-x01', id, 'its cover sheet issued', (view) =>
      view.documents.some((doc) => doc.formId === 'dossier-cover-sheet'),
    );
    const [document] = await hoso.sql<{ object_key: string; sha256: string; form_id: string; step: string }[]>`
      SELECT object_key, sha256, form_id, step FROM documents WHERE dossier_id = ${id} AND form_id = 'dossier-cover-sheet'`;
    expect(document).toMatchObject({ step: 'intake' });
    expect(document?.object_key).not.toContain('001090012345');
    const stream = await hoso.minio.getObject(hoso.env.MINIO_BUCKET, document!.object_key);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(document!.sha256);
    expect(documented.documents.find((doc) => doc.formId === 'dossier-cover-sheet')?.sha256).toBe(document!.sha256);
  }, 120_000);

  it('refuses an action outside the caller’s unit without revealing the dossier', async () => {
    const opened = await hoso.call('demo-police-x01', 'POST', '/api/v1/dossiers', {
      subject: {
        fullName: 'Trần Thị Bích',
        dateOfBirth: '1995-02-03',
        sex: 'female',
        idNumber: '001195054321',
        residence: 'Xã Tiên Du, tỉnh Bắc Ninh',
        hasStableResidence: true,
      },
      trigger: 'art32-c',
      priorPlacements: 0,
      detectedOn: '2026-11-02',
    });
    expect(opened.status).toBe(201);
    const other = await act('demo-police-x02', opened.body.dossierId, 'request-determination', { healthFacilityCode: 'DEMO-YT01' });
    expect(other.status).toBe(404);
    expect((await hoso.call('demo-police-x02', 'GET', `/api/v1/dossiers/${opened.body.dossierId}`)).status).toBe(404);
    expect((await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/dossiers/${opened.body.dossierId}`)).status).toBe(200);
  }, 60_000);

  it('answers invalid data with 422 problem details naming the field', async () => {
    const result = await hoso.call('demo-police-x01', 'POST', '/api/v1/dossiers', {
      subject: { fullName: 'A', dateOfBirth: '1990-01-01', sex: 'male', idNumber: '123', residence: 'x', hasStableResidence: true },
      trigger: 'art32-a',
      priorPlacements: 0,
      detectedOn: '2026-11-02',
    });
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ code: 'invalid-data', status: 422 });
    expect(result.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'subject.idNumber' })]));
  });
});
