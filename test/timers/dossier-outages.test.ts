import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sql } from 'postgres';
import type { DocumentWorkerActivities, WorkflowActivities } from '../../activities';
import { createNotificationActivities, type DeadlineNotice } from '../../activities/notifications';
import { connectPostgres } from '../../config/connect';
import { parseEnv } from '../../config/env';
import { publishedYears } from '../../domain/calendar';
import { seedDemoData } from '../../scripts/seed/seed';
import type { UnitTree } from '../../store/unit-tree';
import { documentActivitiesFromEnv, workflowActivitiesFromEnv } from '../../worker/activities-from-env';
import type { DossierView } from '../../workflows/dossier-view';
import { toDecision, type Step } from '../support/dossier-driver';
import { outageProxy, type OutageProxy } from '../support/outage-proxy';
import { hasTestStack } from '../support/test-stack';
import { describeTimeSkipping, endOf, legalToday, sleepPast, startTimeSkipping, type TimeSkipping } from '../support/time-skipping';

const MINUTE = 60_000;
/** Real forms are rendered and signed here: minutes of CPU on a loaded 2-core machine, on the Java test server. */
const STORAGE_TEST_MS = 300_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What the law and the people see of a dossier: ids and the instants of recording left out, so two runs compare. */
function legalContent(view: DossierView) {
  return {
    step: view.step,
    closure: view.closure,
    anchors: view.anchors,
    lapsed: view.lapsed,
    overdue: view.overdue.map(({ deadlineId, step, dueAt }) => ({ deadlineId, step, dueAt })),
    reminded: view.reminded,
    deadlines: view.deadlines.map(({ id, dueOn, overdue }) => ({ id, dueOn, overdue })),
    timeline: view.timeline.map(({ kind, action, stepBefore, stepAfter, occurredOn, late, details }) => ({
      kind,
      action,
      stepBefore,
      stepAfter,
      occurredOn,
      late,
      details,
    })),
    forms: view.documents.map((document) => document.formId).sort(),
  };
}

const fakeDocuments: DocumentWorkerActivities = {
  issueDocument: async ({ formId, dossier, seq }) => ({
    documentId: `${dossier.dossierId}-${formId}-${seq}`,
    formId,
    step: dossier.step,
    sha256: '0'.repeat(64),
    objectKey: `dossiers/${dossier.dossierId}/${seq}.pdf`,
    size: 1,
  }),
};

/**
 * No outage of a service the workflow calls may fail a dossier or change what it records: each dossier runs beside a
 * clean twin, opened at the same instant on the same clock, and both must end in the same legal state.
 */
describeTimeSkipping('a dossier outlives the outages of the services it calls (time-skipping)', () => {
  describe('the notification webhook', () => {
    let harness: TimeSkipping;
    let webhook: Server;
    const received: Array<{ path: string; notice: DeadlineNotice }> = [];
    /** The flaky path answers 500 for a day from its first call; the down path always. */
    let flakyUntil: number | undefined;

    const units: UnitTree = {
      ancestry: async (code) => [code],
      descendants: async (code) => [code],
      kindOf: async () => 'commune',
      namesOf: async () => ({}),
    };
    const queueWith = (taskQueue: string, webhookUrl: string) => ({
      taskQueue,
      activities: {
        ...createNotificationActivities({ units, webhookUrl, log: () => undefined }),
        projectDossier: async () => undefined,
        loadCalendarYears: async () => [...publishedYears],
      } satisfies WorkflowActivities,
      documentActivities: fakeDocuments,
    });

    beforeAll(async () => {
      webhook = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          void (async () => {
            const now = await harness.env.currentTimeMs();
            flakyUntil ??= req.url === '/flaky' ? now + DAY : undefined;
            const failing = req.url === '/down' || (req.url === '/flaky' && now < (flakyUntil ?? 0));
            if (!failing) received.push({ path: req.url ?? '', notice: (JSON.parse(body) as { notice: DeadlineNotice }).notice });
            res.writeHead(failing ? 500 : 204).end();
          })();
        });
      });
      await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}`;
      harness = await startTimeSkipping([queueWith('notify-clean', `${base}/clean`), queueWith('notify-flaky', `${base}/flaky`), queueWith('notify-down', `${base}/down`)]);
    }, 120_000);
    afterEach(async () => {
      await harness.terminateAll();
    });
    afterAll(async () => {
      await harness?.stop();
      await new Promise((resolve) => webhook?.close(resolve));
    });

    const requestDetermination: Step[] = [['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]];

    it('delivers the notices late when the webhook answers 500 for a day, and records the same dossier as a clean run', async () => {
      const { env } = harness;
      const [clean, flaky] = await Promise.all(
        ['notify-clean', 'notify-flaky'].map((queue) => harness.driverOn(queue).open(requestDetermination)),
      );
      const due = endOf(await clean!.state(), 'determination.result');
      await sleepPast(env, due, 2 * DAY);

      const [cleanView, flakyView] = await Promise.all([clean!.state(), flaky!.state()]);
      expect(flakyUntil).toBeDefined();
      expect(legalContent(flakyView)).toEqual(legalContent(cleanView));
      expect(flakyView.timeline.map((event) => event.kind)).not.toContain('notification-failed');
      // The overdue mark was recorded when the period ended, not held back until the webhook came back.
      expect(Date.parse(flakyView.overdue[0]!.recordedAt) - Date.parse(due)).toBeLessThan(HOUR);
      const delivered = received.filter(({ notice }) => notice.dossierId === flaky!.dossierId).map(({ notice }) => notice.kind);
      expect(delivered).toEqual(['reminder', 'overdue']);
    });

    it('records notification-failed when the webhook stays down, and the deadline, the overdue mark and the next actions stand', async () => {
      const { env } = harness;
      const down = await harness.driverOn('notify-down').open(requestDetermination);
      await sleepPast(env, endOf(await down.state(), 'determination.result'), 4 * DAY);

      const view = await down.state();
      expect(view.overdue).toEqual([expect.objectContaining({ deadlineId: 'determination.result', step: 'determination' })]);
      const failures = view.timeline.filter((event) => event.kind === 'notification-failed');
      expect(failures.map((event) => [event.details?.kind, event.details?.deadlineId])).toEqual([
        ['reminder', 'determination.result'],
        ['overdue', 'determination.result'],
      ]);
      expect(JSON.stringify(failures)).not.toContain('Lê Văn Bình');
      expect((await down.handle.describe()).status.name).toBe('RUNNING');
      const late = await down.act('health_facility', 'record-determination', { result: 'not-addicted' });
      expect(late).toMatchObject({ step: 'closed', closure: 'not-addicted' });
    });
  });
  // PostgreSQL and MinIO come from `npm test`'s stack; each outage is a TCP proxy in front of the real service.
  (hasTestStack ? describe : describe.skip)('PostgreSQL and MinIO', () => {
    let harness: TimeSkipping;
    let postgresProxy: OutageProxy;
    let minioProxy: OutageProxy;
    let direct: Sql;
    let proxied: Sql;

    beforeAll(async () => {
      const env = parseEnv(process.env);
      // The workers' own connection: the application role.
      postgresProxy = await outageProxy((env.DATABASE_APP_URL ?? env.DATABASE_URL) as string);
      minioProxy = await outageProxy(env.MINIO_ENDPOINT);
      direct = connectPostgres(env, 4);
      proxied = connectPostgres({ DATABASE_APP_URL: postgresProxy.url }, 4);
      await seedDemoData(direct);
      const minioBehindProxy = parseEnv({ ...process.env, MINIO_ENDPOINT: minioProxy.url });
      const quiet = { log: () => undefined };
      harness = await startTimeSkipping([
        { taskQueue: 'storage-clean', activities: workflowActivitiesFromEnv(env, direct, quiet), documentActivities: await documentActivitiesFromEnv(env, direct) },
        {
          taskQueue: 'postgres-down',
          activities: workflowActivitiesFromEnv(env, proxied, quiet),
          documentActivities: await documentActivitiesFromEnv(env, proxied),
        },
        {
          taskQueue: 'minio-down',
          activities: workflowActivitiesFromEnv(env, direct, quiet),
          documentActivities: await documentActivitiesFromEnv(minioBehindProxy, direct),
        },
      ]);
    }, 120_000);
    afterEach(async () => {
      await Promise.all([postgresProxy.restore(), minioProxy.restore()]);
      await harness.terminateAll();
    });
    afterAll(async () => {
      await harness?.stop();
      await Promise.all([postgresProxy?.close(), minioProxy?.close(), direct?.end(), proxied?.end()]);
    });

    /** The dossier as PostgreSQL holds it once its projection has caught up with the workflow's version. */
    async function projected(view: DossierView) {
      for (let attempt = 0; attempt < 200; attempt++) {
        const [row] = await direct<Array<{ step: string; version: number; overdue: boolean; documents: number }>>`
          SELECT step, version, is_overdue AS overdue,
                 (SELECT count(*)::int FROM documents WHERE dossier_id = ${view.dossierId}) AS documents
          FROM dossiers WHERE id = ${view.dossierId}`;
        if (row && row.version === view.version && row.documents === view.documents.length) return row;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the projection of ${view.dossierId} never caught up`);
    }

    it('records an action and a period ending while PostgreSQL is unreachable, as a clean run does, and projects them once it is back', async () => {
      const { env } = harness;
      // Detected today on the workflows' clock, wherever it starts: a form refuses a detection after the opening.
      const detectedOn = await legalToday(env);
      const open = (queue: string) => harness.driverOn(queue).open(toDecision(() => undefined).slice(0, 3), { detectedOn });
      const [clean, faulty] = await Promise.all([open('storage-clean'), open('postgres-down')]);
      const due = endOf(await clean!.state(), 'commune.compile-dossier');
      await sleepPast(env, due, -10 * MINUTE);

      await postgresProxy.cut();
      const management = { form: 'home', place: 'Gia đình' };
      // The faulty dossier's Update is answered once its projection lands: it waits through the outage.
      const answer = faulty!.act('commune_police', 'set-temporary-management', management);
      await clean!.act('commune_police', 'set-temporary-management', management);
      await sleepPast(env, due, 10 * MINUTE);
      const during = await faulty!.state();
      // The period ended on time with PostgreSQL away: the mark is in the workflow, waiting to be projected.
      expect(during.overdue.map((record) => record.deadlineId)).toEqual(['commune.compile-dossier']);
      expect(Date.parse(during.overdue[0]!.recordedAt) - Date.parse(due)).toBeLessThan(2 * MINUTE);
      expect((await direct`SELECT is_overdue FROM dossiers WHERE id = ${faulty!.dossierId}`)[0]).toEqual({ is_overdue: false });

      await postgresProxy.restore();
      await env.sleep(5 * MINUTE);
      await answer;
      const [cleanView, faultyView] = await Promise.all([clean!.state(), faulty!.state()]);
      expect(legalContent(faultyView)).toEqual(legalContent(cleanView));
      expect(await projected(faultyView)).toEqual(await projected(cleanView));
      expect(await projected(faultyView)).toMatchObject({ step: 'commune', overdue: true });
      expect(faultyView.documents.length).toBeGreaterThan(0);
    }, STORAGE_TEST_MS);

    it('issues every form once MinIO is back, as a clean run does', async () => {
      const { env } = harness;
      await minioProxy.cut();
      const detectedOn = await legalToday(env);
      const open = (queue: string) => harness.driverOn(queue).open([['commune_police', 'request-determination', { healthFacilityCode: 'DEMO-YT01' }]], { detectedOn });
      const [clean, faulty] = await Promise.all([open('storage-clean'), open('minio-down')]);
      const cleanView = await clean!.until((view) => view.documents.length === 2, 'the clean forms', 60_000);
      await env.sleep(10 * MINUTE);
      expect((await faulty!.state()).documents).toEqual([]);

      await minioProxy.restore();
      await env.sleep(5 * MINUTE);
      const faultyView = await faulty!.until((view) => view.documents.length === 2, 'the forms issued after the outage', 60_000);
      expect(legalContent(faultyView)).toEqual(legalContent(cleanView));
      expect(await projected(faultyView)).toEqual(await projected(cleanView));
    }, STORAGE_TEST_MS);
  });
});
