import type { MetricMeter } from '@temporalio/common';
import type { Sql } from 'postgres';
import { createDocumentActivities } from './documents/issue-document';
import type { DocumentStore } from './documents/document-store';
import { createFormInputBuilder } from './documents/form-inputs';
import { createDirectory } from './documents/directory';
import { createNotificationActivities, type NoticeLog } from './notifications';
import { createProjectionActivities } from './projection';
import { isFormId, renderForm } from '../templates';
import type { DocumentSigner } from '../signing';
import { verificationUrlOf } from './documents/document-id';
import { appliedCalendarYears } from '../domain/calendar/applied-years';
import { loadCalendarYears } from '../store/calendar-years';
import { createUnitTree } from '../store/unit-tree';

export interface ActivityDeps {
  sql: Sql;
  store: DocumentStore;
  signer: DocumentSigner;
  /** Where the API is reached from outside: documents print their verification URL under it. */
  publicUrl: string;
  webhookUrl?: string;
  log?: NoticeLog;
  /** Records document issue times (activities/documents/issue-document.ts). */
  meter: MetricMeter;
}

/** What the workflow worker runs on the dossiers' task queue: projection, notifications, the calendar. */
export function createWorkflowActivities({ sql, webhookUrl, log }: Pick<ActivityDeps, 'sql' | 'webhookUrl' | 'log'>) {
  return {
    ...createProjectionActivities(sql),
    ...createNotificationActivities({ units: createUnitTree(sql), ...(webhookUrl ? { webhookUrl } : {}), ...(log ? { log } : {}) }),
    // Only what deadlines count on reaches the workflow: never a provisional day (domain/calendar/applied-years.ts).
    loadCalendarYears: async () => appliedCalendarYears(await loadCalendarYears(sql)),
  };
}

/** What the documents worker runs on the documents task queue (workflows/task-queues.ts): render, sign, archive. */
export function createDocumentWorkerActivities({ sql, store, signer, publicUrl, meter }: Pick<ActivityDeps, 'sql' | 'store' | 'signer' | 'publicUrl' | 'meter'>) {
  return createDocumentActivities({
    sql,
    store,
    signer,
    buildFormInput: createFormInputBuilder(createDirectory(sql)),
    renderForm: (formId, input, verification) => {
      if (!isFormId(formId)) throw new Error(`no template for form ${formId}`);
      return renderForm(formId, input as never, { verification });
    },
    verificationUrl: (code) => verificationUrlOf(publicUrl, code),
    meter,
  });
}

export type WorkflowActivities = ReturnType<typeof createWorkflowActivities>;
export type DocumentWorkerActivities = ReturnType<typeof createDocumentWorkerActivities>;
/** Everything a dossier workflow asks of the outside world, whichever worker does it. */
export type Activities = WorkflowActivities & DocumentWorkerActivities;
