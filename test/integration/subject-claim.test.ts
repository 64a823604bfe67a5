import { randomUUID } from 'node:crypto';
import { createGuard } from '../../api/access/guard';
import { createDossierService } from '../../api/dossiers/dossier-service';
import { CLAIM_GRACE_SECONDS } from '../../api/dossiers/subject-claims';
import { demoUsers } from '../../config/demo-data';
import { OpenDossierSchema } from '../../domain/schemas/open-dossier';
import { createUnitTree } from '../../store/unit-tree';
import { dossierWorkflowType, workflowIdOf } from '../../workflows/messages';
import { openThroughApi, uniqueIdNumber } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';

describeWithStack('the claim on an ID number never outlives an opening that failed', () => {
  let hoso: Hoso;
  beforeAll(async () => {
    hoso = await startHoso();
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
  });

  /** The claim an opening leaves when its process dies between claiming the ID number and starting the workflow. */
  async function claimLeftBehind(idNumber: string, secondsAgo: number): Promise<string> {
    const dossierId = randomUUID();
    await hoso.sql`
      INSERT INTO active_subjects (id_number, dossier_id, claimed_at)
      VALUES (${idNumber}, ${dossierId}, now() - make_interval(secs => ${secondsAgo}))`;
    return dossierId;
  }

  async function claimOf(idNumber: string): Promise<string | undefined> {
    const [row] = await hoso.sql<{ dossierId: string }[]>`SELECT dossier_id AS "dossierId" FROM active_subjects WHERE id_number = ${idNumber}`;
    return row?.dossierId;
  }

  it('lets the next opening for the person take a claim whose workflow never started, once the grace period is over', async () => {
    const idNumber = uniqueIdNumber();
    await claimLeftBehind(idNumber, CLAIM_GRACE_SECONDS + 60);
    const opened = await openThroughApi(hoso, { idNumber });
    expect(opened.status).toBe(201);
    expect(await claimOf(idNumber)).toBe(opened.body.dossierId);
  });

  it('refuses while the claim is within its grace period: its opening may still be starting the workflow', async () => {
    const idNumber = uniqueIdNumber();
    const claimed = await claimLeftBehind(idNumber, CLAIM_GRACE_SECONDS - 30);
    const refused = await openThroughApi(hoso, { idNumber });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('active-dossier-exists');
    expect(await claimOf(idNumber)).toBe(claimed);
  });

  it('refuses past the grace period while the workflow runs though no worker has projected it, and not once it has ended', async () => {
    const idNumber = uniqueIdNumber();
    const claimed = await claimLeftBehind(idNumber, CLAIM_GRACE_SECONDS + 60);
    // A task queue no worker polls: the workflow exists and has not run a task, as behind a worker that is down.
    const workflow = await hoso.temporal.workflow.start(dossierWorkflowType, { workflowId: workflowIdOf(claimed), taskQueue: `nobody-polls-${randomUUID()}`, args: [] });
    try {
      const refused = await openThroughApi(hoso, { idNumber });
      expect(refused.status).toBe(409);
      expect(await claimOf(idNumber)).toBe(claimed);
    } finally {
      await workflow.terminate('test: the dossier never started');
    }
    const opened = await openThroughApi(hoso, { idNumber });
    expect(opened.status).toBe(201);
    expect(await claimOf(idNumber)).toBe(opened.body.dossierId);
  });

  it('leaves no claim when Temporal refuses the start, so the person can be opened as soon as the cause is fixed', async () => {
    const idNumber = uniqueIdNumber();
    const user = demoUsers.find((candidate) => candidate.id === 'demo-police-x01');
    if (!user) throw new Error('no demo police officer');
    // Temporal refuses a task queue name longer than its limit of 1,000 characters (INVALID_ARGUMENT).
    const units = createUnitTree(hoso.sql);
    const misconfigured = createDossierService({ temporal: hoso.temporal, taskQueue: 'q'.repeat(1001), guard: createGuard(units), sql: hoso.sql, units });
    const input = OpenDossierSchema.parse({
      subject: { fullName: 'Đỗ Văn Tâm', dateOfBirth: '1988-02-03', sex: 'male', idNumber, residence: 'Xã Tiên Du', hasStableResidence: true },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: '2026-09-01',
    });
    await expect(misconfigured.open(input, { userId: user.id, name: user.name, role: user.role, unitCode: user.unitCode })).rejects.toThrow(/Failed to start Workflow/);
    expect(await claimOf(idNumber)).toBeUndefined();
    expect((await openThroughApi(hoso, { idNumber })).status).toBe(201);
  });
});
