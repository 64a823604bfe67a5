import type { DossierView } from '../../workflows/dossier-view';
import { encodeCursor } from '../../store/keyset';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { noExclusion, toDecision } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


interface Summary {
  dossierId: string;
  step: string;
  dueAt: string | null;
  isOverdue: boolean;
  subject: { fullName: string; idNumber: string };
}

/**
 * Issue 5 items 4–6: reading dossiers from the Postgres projection (search, filters, keyset pages, the
 * inbox), one active dossier per person, and Idempotency-Key — on the real services.
 */
describeWithStack('reading and guarding dossiers through the API', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const list = async (as: string, query: Record<string, string>) => {
    const result = await hoso.call(as, 'GET', `/api/v1/dossiers?${new URLSearchParams(query)}`);
    expect(result.status).toBe(200);
    return result.body as { items: Summary[]; nextCursor: string | null };
  };

  it('finds a person by name without diacritics, and by ID number', async () => {
    const idNumber = uniqueIdNumber();
    const opened = await openThroughApi(hoso, { fullName: 'Quách Thị Ngọc Hường', idNumber });
    expect(opened.status).toBe(201);
    const id = opened.body.dossierId as string;

    for (const q of ['quach thi ngoc huong', 'Quach Thi Ngoc Huong', 'NGỌC HƯỜNG', 'ngoc huong']) {
      const found = await list('demo-police-x01', { q });
      expect(found.items.map((item) => item.dossierId)).toContain(id);
    }
    expect((await list('demo-police-x01', { q: idNumber })).items.map((item) => item.dossierId)).toEqual([id]);
    expect((await list('demo-police-x01', { q: idNumber.slice(0, 9) })).items.map((item) => item.dossierId)).toContain(id);
    // Another commune's police do not find it; the province's supervisor does.
    expect((await list('demo-police-x02', { q: 'quach thi ngoc huong' })).items).toEqual([]);
    expect((await list('demo-supervisor-t01', { q: 'quach thi ngoc huong' })).items.map((item) => item.dossierId)).toContain(id);
  });

  it('pages through a list by keyset, newest first, without repeats or gaps', async () => {
    const opened: string[] = [];
    for (let index = 0; index < 5; index++) {
      const result = await openThroughApi(hoso, { as: 'demo-police-x02', fullName: `Tạ Đình Phong ${'ABCDE'[index]}` });
      expect(result.status).toBe(201);
      opened.push(result.body.dossierId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: Summary[]; nextCursor: string | null } = await list('demo-police-x02', {
        q: 'ta dinh phong',
        limit: '2',
        ...(cursor ? { cursor } : {}),
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.dossierId));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...opened].reverse());

    // Not ours, or ours in shape but forged: each is the caller's mistake (400), never a failed query (500).
    const forged = [
      'bm90LWEtY3Vyc29y',
      encodeCursor(['x', 'y']),
      encodeCursor(['2026-13-45 99:00:00+00', seen[0] as string]),
      encodeCursor(['2026-02-30 10:00:00+00', seen[0] as string]),
      encodeCursor(['2026-12-05 10:00:00.123456+00', 'not-a-uuid']),
      encodeCursor(['2026-12-05 10:00:00+00', `${seen[0]}\u0000`]),
      encodeCursor(['2026-12-05 10:00:00+00']),
    ];
    for (const cursor of forged) {
      for (const route of [`/api/v1/dossiers?cursor=${cursor}`, `/api/v1/inbox?cursor=${cursor}`]) {
        const refused = await hoso.call('demo-police-x02', 'GET', route);
        expect({ route, status: refused.status, code: refused.body.code }).toEqual({ route, status: 400, code: 'invalid-cursor' });
      }
    }
    const overdueForged = await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/overdue?cursor=${forged[2]}`);
    expect(overdueForged.status).toBe(400);
    const unknownFilter = await hoso.call('demo-police-x02', 'GET', '/api/v1/dossiers?colour=red');
    expect(unknownFilter.status).toBe(422);
  });

  it('keeps the projection consistent with the workflow as actions are taken, and fills the inbox of whoever must act', async () => {
    const opened = await openThroughApi(hoso, { fullName: 'Hà Văn Tuấn' });
    const id = opened.body.dossierId as string;
    const steps = toDecision(() => undefined, 24, 'court');
    const health = 'demo-health-yt01';

    const inboxOf = async (as: string) => {
      const result = await hoso.call(as, 'GET', '/api/v1/inbox?limit=100');
      expect(result.status).toBe(200);
      return result.body.items as Array<Summary & { deadline: { id: string; dueAt: string } }>;
    };

    // Before the request, the health facility neither sees the dossier nor has it waiting.
    expect((await hoso.call(health, 'GET', `/api/v1/dossiers/${id}`)).status).toBe(404);
    for (const [index, step] of steps.entries()) {
      const view = await actThroughApi(hoso, id, [step]);
      const live = (await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/dossiers/${id}`)).body as DossierView;
      const listed = (await list('demo-supervisor-t01', { q: 'ha van tuan', limit: '100' })).items.find((item) => item.dossierId === id);
      expect(listed).toMatchObject({ step: live.step, dueAt: live.dueAt ?? null, isOverdue: live.isOverdue });
      expect(live.version).toBe(view.version);

      // Every running office deadline is in the inbox of the unit that owns it, and nowhere else.
      const owners = live.deadlines.filter((deadline) => deadline.onExpiry === 'overdue');
      if (index === 0) {
        const waiting = (await inboxOf(health)).filter((item) => item.dossierId === id);
        expect(waiting.map((item) => item.deadline.id)).toEqual(owners.filter((deadline) => deadline.owner === 'health_facility').map((deadline) => deadline.id));
        expect(waiting.length).toBeGreaterThan(0);
      }
      if (index === 1) expect((await inboxOf(health)).filter((item) => item.dossierId === id)).toEqual([]);
    }
    const inbox = await inboxOf('demo-police-x01');
    const dueAts = inbox.map((item) => item.deadline.dueAt);
    expect(dueAts).toEqual([...dueAts].sort());

    // Supervisors read but have no inbox; filters narrow by step and regime.
    expect((await hoso.call('demo-supervisor-t01', 'GET', '/api/v1/inbox')).status).toBe(403);
    const atStep = await list('demo-supervisor-t01', { step: 'complaint-window', regime: '2026', limit: '100' });
    expect(atStep.items.map((item) => item.dossierId)).toContain(id);
    expect(atStep.items.every((item) => item.step === 'complaint-window')).toBe(true);
  }, 120_000);

  it('refuses a second active dossier for the same person, from any commune, even when both are sent at once', async () => {
    const idNumber = uniqueIdNumber();
    const first = await openThroughApi(hoso, { idNumber });
    expect(first.status).toBe(201);
    // Another commune is refused without a pointer to the dossier, which it may not read (test/integration/http-edge.test.ts).
    const second = await openThroughApi(hoso, { idNumber, as: 'demo-police-x02' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'active-dossier-exists' });

    const racing = uniqueIdNumber();
    const results = await Promise.all([0, 1, 2].map(() => openThroughApi(hoso, { idNumber: racing })));
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409]);
  });

  it('refuses to send a dossier to a unit that does not exist or is of another kind, and records nothing', async () => {
    const opened = await openThroughApi(hoso);
    const id = opened.body.dossierId as string;
    const route = `/api/v1/dossiers/${id}/actions/request-determination`;
    for (const healthFacilityCode of ['NO-SUCH-UNIT', 'DEMO-TA01']) {
      const refused = await hoso.call('demo-police-x01', 'POST', route, { healthFacilityCode });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'unknown-unit', errors: [expect.objectContaining({ path: 'healthFacilityCode' })] });
    }
    const live = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${id}`);
    expect(live.body.version).toBe(opened.body.version);
  });

  it('answers a retried POST with the first result instead of acting twice', async () => {
    const key = `open-${uniqueIdNumber()}`;
    const idNumber = uniqueIdNumber();
    const first = await openThroughApi(hoso, { idNumber, idempotencyKey: key });
    const retry = await openThroughApi(hoso, { idNumber, idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.body.dossierId).toBe(first.body.dossierId);
    // The same key for another request is a client error.
    const other = await openThroughApi(hoso, { idNumber: uniqueIdNumber(), idempotencyKey: key });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency-key-reused');

    const id = first.body.dossierId as string;
    const body = { healthFacilityCode: 'DEMO-YT01' };
    const headers = { 'idempotency-key': `act-${id}` };
    const acted = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/request-determination`, body, headers);
    const again = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/request-determination`, body, headers);
    expect(acted.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(acted.body.version);
    const live = await hoso.call('demo-police-x01', 'GET', `/api/v1/dossiers/${id}`);
    expect(live.body.timeline.filter((event: { action?: string }) => event.action === 'request-determination')).toHaveLength(1);
    // A refusal is kept too: the retry gets the same 409, not a different answer.
    const refusedKey = { 'idempotency-key': `refused-${id}` };
    const sendToCourt = { courtUnitCode: 'DEMO-TA01', exclusionCheck: noExclusion };
    const refused = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/submit-to-court`, sendToCourt, refusedKey);
    const refusedAgain = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/submit-to-court`, sendToCourt, refusedKey);
    expect(refused.status).toBe(409);
    expect(refusedAgain.status).toBe(409);
    expect(refusedAgain.body).toEqual(refused.body);
    // Kept too when it quotes a character PostgreSQL's jsonb cannot hold (U+0000, in an unrecognized key).
    const quotingKey = { 'idempotency-key': `nul-${id}` };
    const quoting = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/record-violation`, { description: 'x', 'a\u0000b': 1 }, quotingKey);
    const quotingAgain = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${id}/actions/record-violation`, { description: 'x', 'a\u0000b': 1 }, quotingKey);
    expect(quoting.status).toBe(422);
    expect(quotingAgain.headers.get('idempotent-replayed')).toBe('true');
    expect(quotingAgain.body).toEqual(quoting.body);
  });
});
