import type { DossierView } from '../../workflows/dossier-view';
import { actThroughApi, openThroughApi } from '../support/api-dossiers';
import { noExclusion, toDecision } from '../support/dossier-driver';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

/**
 * Issue 14 part 1: whether a province's dossiers pass a reviewing level before the court is its own setting, none by
 * default (docs/legal/README.md#steps). A database of its own, since switching the demo province's setting would change
 * the route of every dossier other test files open.
 */
describeWithStack('the reviewing level, a setting of each province', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso({ ownDatabase: true });
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  const setting = '/api/v1/provinces/DEMO-T01/review-level';
  const opened = async () => {
    const answer = await openThroughApi(hoso);
    expect(answer.status).toBe(201);
    return answer.body as DossierView;
  };
  const offeredTo = async (userId: string, dossierId: string) =>
    ((await hoso.call(userId, 'GET', `/api/v1/dossiers/${dossierId}`)).body as { availableActions: Array<{ action: string }> }).availableActions.map(
      (offer) => offer.action,
    );
  const readable = async (userId: string, dossierId: string) => (await hoso.call(userId, 'GET', `/api/v1/dossiers/${dossierId}`)).status;

  it('has none by default: the commune police send the dossier straight to the court, and no reviewer ever sees it', async () => {
    expect((await hoso.call('demo-police-x01', 'GET', setting)).body).toMatchObject({ provinceCode: 'DEMO-T01', reviewRequired: false, legalBasis: null });
    const { dossierId } = await opened();
    const steps = toDecision(() => undefined, 24, 'court');
    const sending = steps.findIndex(([, action]) => action === 'submit-to-court');
    await actThroughApi(hoso, dossierId, steps.slice(0, sending));
    expect(await offeredTo('demo-police-x01', dossierId)).toContain('submit-to-court');
    expect(await offeredTo('demo-police-x01', dossierId)).not.toContain('submit');

    const toReviewer = await hoso.call('demo-police-x01', 'POST', `/api/v1/dossiers/${dossierId}/actions/submit`, { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion });
    expect(toReviewer.status).toBe(409);
    expect(toReviewer.body).toMatchObject({ code: 'action-not-allowed-at-step' });

    expect(await readable('demo-clerk-ta01', dossierId)).toBe(404);
    const atCourt = await actThroughApi(hoso, dossierId, steps.slice(sending, sending + 1));
    expect(atCourt).toMatchObject({ step: 'court', units: { court: 'DEMO-TA01' } });
    expect(atCourt.units.reviewer).toBeUndefined();
    expect(await readable('demo-clerk-ta01', dossierId)).toBe(200);
    expect(await readable('demo-reviewer-pc04', dossierId)).toBe(404);
    await actThroughApi(hoso, dossierId, steps.slice(sending + 1));
  }, 60_000);

  it('is switched on by an administrator alone, with the provincial instrument that requires it', async () => {
    const body = { reviewRequired: true, legalBasis: 'Quyết định số 12/2026/QĐ-UBND ngày 02/3/2026 của UBND tỉnh' };
    const bySupervisor = await hoso.call('demo-supervisor-t01', 'PUT', setting, body);
    expect(bySupervisor.status).toBe(403);
    const withoutBasis = await hoso.call('demo-admin', 'PUT', setting, { reviewRequired: true });
    expect(withoutBasis.status).toBe(422);
    expect(withoutBasis.body).toMatchObject({ code: 'invalid-data' });
    const notAProvince = await hoso.call('demo-admin', 'PUT', '/api/v1/provinces/DEMO-X01/review-level', body);
    expect(notAProvince.status).toBe(404);

    const saved = await hoso.call('demo-admin', 'PUT', setting, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ reviewRequired: true, legalBasis: body.legalBasis, updatedBy: 'demo-admin' });
  });

  it('once on, sends the dossiers opened from then on to the reviewer, who reads one only once it is submitted to them', async () => {
    const { dossierId, reviewRequired } = await opened();
    expect(reviewRequired).toBe(true);
    const steps = toDecision(() => undefined);
    const submit = steps.findIndex(([, action]) => action === 'submit');
    await actThroughApi(hoso, dossierId, steps.slice(0, submit));
    expect(await offeredTo('demo-police-x01', dossierId)).not.toContain('submit-to-court');
    const listed = async () =>
      ((await hoso.call('demo-reviewer-pc04', 'GET', '/api/v1/dossiers?limit=100')).body as { items: Array<{ dossierId: string }> }).items.some(
        (item) => item.dossierId === dossierId,
      );

    expect(await readable('demo-reviewer-pc04', dossierId)).toBe(404);
    expect((await hoso.call('demo-reviewer-pc04', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).status).toBe(404);
    expect(await listed()).toBe(false);

    await actThroughApi(hoso, dossierId, steps.slice(submit, submit + 1));
    expect(await readable('demo-reviewer-pc04', dossierId)).toBe(200);
    expect((await hoso.call('demo-reviewer-pc04', 'GET', `/api/v1/dossiers/${dossierId}/documents`)).status).toBe(200);
    expect(await listed()).toBe(true);
  }, 60_000);
});
