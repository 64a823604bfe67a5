import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DocumentWorkerActivities, WorkflowActivities } from '../../activities';
import { createNotificationActivities, type DeadlineNotice } from '../../activities/notifications';
import { publishedYears } from '../../domain/calendar';
import type { UnitTree } from '../../store/unit-tree';
import type { DossierView } from '../../workflows/dossier-view';
import type { Step } from '../support/dossier-driver';
import { describeTimeSkipping, endOf, sleepPast, startTimeSkipping, type TimeSkipping } from '../support/time-skipping';

const HOUR = 3_600_000;
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
      parentOf: async () => undefined,
      kindOf: async () => 'commune',
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
});
