import type { Sql } from 'postgres';
import { createDocumentActivities } from './documents/issue-document';
import type { DocumentStore } from './documents/document-store';
import { createFormInputBuilder } from './documents/form-inputs';
import { createDirectory } from './documents/directory';
import { createNotificationActivities } from './notifications';
import { createProjectionActivities } from './projection';
import { isFormId, renderForm } from '../templates';
import type { DocumentSigner } from '../signing';
import { verificationUrlOf } from './documents/document-id';
import { loadCalendarYears } from '../store/calendar-years';
import { createUnitTree } from '../store/unit-tree';

export interface ActivityDeps {
  sql: Sql;
  store: DocumentStore;
  signer: DocumentSigner;
  /** Where the API is reached from outside: documents print their verification URL under it. */
  publicUrl: string;
  webhookUrl?: string;
  log?: (line: string) => void;
}

/** Everything a dossier workflow asks of the outside world. */
export function createActivities({ sql, store, signer, publicUrl, webhookUrl, log }: ActivityDeps) {
  return {
    ...createDocumentActivities({
      sql,
      store,
      signer,
      buildFormInput: createFormInputBuilder(createDirectory(sql)),
      renderForm: (formId, input, verification) => {
        if (!isFormId(formId)) throw new Error(`no template for form ${formId}`);
        return renderForm(formId, input as never, { verification });
      },
      verificationUrl: (code) => verificationUrlOf(publicUrl, code),
    }),
    ...createProjectionActivities(sql),
    ...createNotificationActivities({ units: createUnitTree(sql), ...(webhookUrl ? { webhookUrl } : {}), ...(log ? { log } : {}) }),
    loadCalendarYears: () => loadCalendarYears(sql),
  };
}

export type Activities = ReturnType<typeof createActivities>;
