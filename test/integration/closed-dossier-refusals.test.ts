import { randomUUID } from 'node:crypto';
import { createProjectionActivities } from '../../activities/projection';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { dossierCode, openDossier } from '../../domain/dossier/open-dossier';
import type { ClosureReason } from '../../domain/dossier/state';
import { actionIds, getRegime, regimes, roleMayTake, type RegimeId } from '../../domain/procedure';
import { loadCalendarYears } from '../../store/calendar-years';
import { viewOf } from '../../workflows/dossier-view';
import { workflowIdOf } from '../../workflows/messages';
import { actThroughApi, openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/** Every way a dossier ends: the record makes the compiler name each one. */
const closures: Record<ClosureReason, true> = {
  'not-addicted': true,
  'diverted-to-voluntary-rehab': true,
  'court-did-not-apply': true,
  'court-terminated': true,
  'decision-annulled': true,
  'exempted': true,
  'post-rehab-completed': true,
  excluded: true,
  'relapsed': true,
};

const violation = { description: 'Sử dụng trái phép chất ma túy' };

describeWithStack('actions on a closed dossier (docs/decisions/0007: role, jurisdiction, then closed)', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const act = (as: string, dossierId: string, action: string, body: unknown) => hoso.call(as, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body);

  it('answers 409 dossier-closed, not 404, once the workflow of a dossier closed as not addicted has completed', async () => {
    const opened = await openThroughApi(hoso, { idNumber: uniqueIdNumber() });
    expect(opened.status).toBe(201);
    const { dossierId } = opened.body as { dossierId: string };
    const closed = await actThroughApi(hoso, dossierId, [
      ['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }],
      ['health_facility', 'record-determination', { result: 'not-addicted' }],
    ]);
    expect(closed).toMatchObject({ step: 'closed', closure: 'not-addicted' });
    await hoso.temporal.workflow.getHandle(workflowIdOf(dossierId)).result();

    expect((await act('demo-police-x01', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 409, code: 'dossier-closed' });
    // Closed whatever the body: nothing to correct in it would make the action possible.
    expect((await act('demo-police-x01', dossierId, 'record-violation', {})).body).toMatchObject({ status: 409, code: 'dossier-closed' });
    // Before the closure: a role that never takes the action, and a unit that does not reach the dossier.
    expect((await act('demo-supervisor-t01', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 403, code: 'role-not-permitted' });
    expect((await act('demo-police-x02', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 404, code: 'not-found' });
    expect((await act('demo-police-x01', dossierId, 'no-such-action', violation)).body).toMatchObject({ status: 404, code: 'unknown-action' });
  }, 120_000);

  describe.each(Object.keys(closures) as ClosureReason[])('closed as %s', (closure) => {
    it.each(Object.keys(regimes) as RegimeId[])('under the %s rules: role, then jurisdiction, then 409 dossier-closed', async (regimeId) => {
      const dossierId = await projectClosedDossier(regimeId, closure);
      expect((await act('demo-police-x01', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 409, code: 'dossier-closed' });
      expect((await act('demo-police-x01', dossierId, 'record-violation', { description: 1 })).body).toMatchObject({ status: 409, code: 'dossier-closed' });
      expect((await act('demo-supervisor-t01', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 403, code: 'role-not-permitted' });
      expect((await act('demo-police-x02', dossierId, 'record-violation', violation)).body).toMatchObject({ status: 404, code: 'not-found' });
      // An action the commune police take under another regime but not this one: the regime's role comes first.
      const elsewhere = actionIds.find(
        (action) => !roleMayTake(getRegime(regimeId), action, 'commune_police') && Object.values(regimes).some((regime) => roleMayTake(regime, action, 'commune_police')),
      );
      if (elsewhere) expect((await act('demo-police-x01', dossierId, elsewhere, {})).body).toMatchObject({ status: 403, code: 'role-not-permitted' });
    });
  });

  /**
   * A dossier of DEMO-X01 closed for `closure`, as its projection keeps it once its workflow has completed and its
   * history is gone: no workflow answers for it, only the projection.
   */
  async function projectClosedDossier(regimeId: RegimeId, closure: ClosureReason): Promise<string> {
    const dossierId = randomUUID();
    const detectedOn = civilDateAt(new Date());
    const opened = openDossier(
      {
        dossierId,
        code: dossierCode(dossierId, detectedOn),
        regimeId,
        subject: { fullName: 'Đinh Văn Cường', dateOfBirth: '1985-01-01', sex: 'male', idNumber: uniqueIdNumber(), residence: 'Thôn Đông', hasStableResidence: true },
        trigger: 'art32-b',
        detectedOn,
        communeCode: 'DEMO-X01',
        priorPlacements: 0,
        provincialReview: false,
        openedBy: { userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01' },
      },
      new Date(),
    );
    const state = { ...opened, step: 'closed' as const, closure, version: 2, units: { commune: 'DEMO-X01', healthFacility: 'DEMO-YT01' } };
    const calendar = new WorkingCalendar(await loadCalendarYears(hoso.sql));
    await createProjectionActivities(hoso.sql).projectDossier(viewOf(state, getRegime(regimeId), calendar));
    return dossierId;
  }
});
