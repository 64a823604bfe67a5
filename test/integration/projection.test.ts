import { randomUUID } from 'node:crypto';
import type { Sql } from 'postgres';
import { createProjectionActivities } from '../../activities/projection';
import { connectPostgres } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { applyAction, expireDeadline } from '../../domain/dossier';
import { activeDeadlines } from '../../domain/dossier/deadlines';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import { viewOf } from '../../workflows/dossier-view';
import { actors } from '../support/dossier-driver';
import { describeWithStack } from '../support/test-stack';

/** The projection (one SQL statement per snapshot, activities/projection.ts) against the real PostgreSQL. */
describeWithStack('projecting a dossier into PostgreSQL', () => {
  const regime = getRegime('2026');
  const calendar = new WorkingCalendar([]);
  const now = new Date('2026-09-01T03:00:00Z');
  let sql: Sql;
  let projectDossier: ReturnType<typeof createProjectionActivities>['projectDossier'];

  beforeAll(() => {
    sql = connectPostgres(parseEnv(process.env), 2);
    ({ projectDossier } = createProjectionActivities(sql));
  });
  afterAll(() => sql.end());

  function opened(): DossierState {
    const dossierId = randomUUID();
    return openDossier(
      {
        dossierId,
        code: `HS-PROJ-${dossierId.slice(0, 8)}`,
        regimeId: '2026',
        subject: { fullName: 'Trần Văn Chiến', dateOfBirth: '1990-01-02', sex: 'male', idNumber: `0010${dossierId.replace(/\D/g, '').slice(0, 8).padEnd(8, '0')}`, residence: 'Xã Tiên Du', hasStableResidence: true },
        trigger: 'art32-a',
        detectedOn: '2026-08-31',
        communeCode: 'DEMO-X01',
        priorPlacements: 0,
        provincialReview: true,
        openedBy: actors.commune_police,
      },
      now,
    );
  }
  const act = (state: DossierState, action: string, actor: keyof typeof actors, body: Record<string, unknown> = {}) =>
    applyAction(state, regime, { action, actor: actors[actor], body } as never, now).state;
  const stored = async (dossierId: string) => {
    const [row] = await sql<{ version: number; step: string }[]>`SELECT version, step FROM dossiers WHERE id = ${dossierId}`;
    const waits = await sql<{ deadline_id: string; role: string; unit_code: string }[]>`
      SELECT deadline_id, role, unit_code FROM dossier_waits WHERE dossier_id = ${dossierId} ORDER BY deadline_id`;
    const events = await sql<{ seq: number }[]>`SELECT seq FROM dossier_events WHERE dossier_id = ${dossierId} ORDER BY seq`;
    return { row, waits, events: events.map(({ seq }) => seq) };
  };
  const officeDeadlines = (state: DossierState) =>
    activeDeadlines(state, regime, calendar).filter((deadline) => deadline.rule.onExpiry === 'overdue').map((deadline) => deadline.rule.id).sort();

  it('writes the row, the running office deadlines and the timeline, and replaces the deadlines as the dossier moves on', async () => {
    const first = act(opened(), 'request-determination', 'commune_police', { healthFacilityCode: 'DEMO-YT01' });
    await projectDossier(viewOf(first, regime, calendar));
    const before = await stored(first.dossierId);
    expect(before.row).toEqual({ version: first.version, step: first.step });
    expect(before.waits.map((wait) => wait.deadline_id)).toEqual(officeDeadlines(first));
    expect(before.waits.every((wait) => wait.role === 'health_facility' && wait.unit_code === 'DEMO-YT01')).toBe(true);
    expect(before.events).toEqual(first.timeline.map((event) => event.seq));

    // The determination arrives: the health facility's deadline ends and the window (not an office's) runs.
    const second = act(first, 'record-determination', 'health_facility', { result: 'addicted' });
    await projectDossier(viewOf(second, regime, calendar));
    const after = await stored(second.dossierId);
    expect(after.row).toEqual({ version: second.version, step: second.step });
    expect(after.waits.map((wait) => wait.deadline_id)).toEqual(officeDeadlines(second));
    expect(after.events).toEqual(second.timeline.map((event) => event.seq));
  });

  it('keeps a newer snapshot when an older one arrives late, deadlines and all, and never writes an event twice', async () => {
    const first = act(opened(), 'request-determination', 'commune_police', { healthFacilityCode: 'DEMO-YT01' });
    const window = activeDeadlines(act(first, 'record-determination', 'health_facility', { result: 'addicted' }), regime, calendar).find(
      (deadline) => deadline.rule.onExpiry !== 'overdue',
    );
    if (!window) throw new Error('expected the registration window to run after the determination');
    const newer = expireDeadline(act(first, 'record-determination', 'health_facility', { result: 'addicted' }), window, now);
    await projectDossier(viewOf(newer, regime, calendar));
    const expected = await stored(newer.dossierId);
    expect(expected.row?.version).toBe(newer.version);

    expect(expected.waits.length).toBeGreaterThan(0);

    await projectDossier(viewOf(first, regime, calendar));
    expect(await stored(newer.dossierId)).toEqual(expected);
    // A retried projection of the same snapshot changes nothing either.
    await projectDossier(viewOf(newer, regime, calendar));
    expect(await stored(newer.dossierId)).toEqual(expected);
  });
});
