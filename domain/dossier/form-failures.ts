import type { DocumentRef, DossierState, FormFailure, FormFailureCode } from './state';

const reasons: Record<FormFailureCode, string> = {
  'form-input-invalid': 'Dữ liệu của hồ sơ thiếu hoặc không hợp lệ đối với mẫu văn bản này',
  'form-text-unprintable': 'Hồ sơ có ký tự mà phông chữ của mẫu văn bản không in được',
  'form-not-issued': 'Hệ thống gặp lỗi khi phát hành văn bản',
};

/** At most this many field paths are kept: enough to find the trouble, never a copy of the form. */
const MAX_FIELDS = 20;

/** How the documents activity reports a form it cannot issue (activities/documents/issue-document.ts). */
export interface IssueFailure {
  /** The ApplicationFailure's type, if it had one. */
  type?: string | null;
  /** Its details: `{ fields: string[] }` first, when the activity knew which fields. */
  details?: readonly unknown[] | null;
}

export type IssueOutcome = { formId: string; seq: number } & ({ document: DocumentRef } | { failure: FormFailure });

function codeOf(type: string | null | undefined): FormFailureCode {
  return type === 'form-input-invalid' || type === 'form-text-unprintable' ? type : 'form-not-issued';
}

/** The field paths the failure names, if it names any: details come through the history as plain JSON, so checked by hand. */
function fieldsOf(details: readonly unknown[] | null | undefined): string[] | undefined {
  const first: unknown = details?.[0];
  if (typeof first !== 'object' || first === null || !('fields' in first) || !Array.isArray(first.fields)) return undefined;
  const fields = first.fields.filter((field): field is string => typeof field === 'string').slice(0, MAX_FIELDS);
  return fields.length ? fields : undefined;
}

/** The record of a form that could not be issued, with a reason people can read. */
export function formFailureOf(formId: string, seq: number, failure: IssueFailure, now: Date): FormFailure {
  const code = codeOf(failure.type);
  const fields = fieldsOf(failure.details);
  return { formId, seq, code, reason: reasons[code], ...(fields ? { fields } : {}), failedAt: now.toISOString() };
}

/**
 * Records what issuing a batch of forms came to: documents join the dossier, and a form issued clears an earlier
 * failure of the same form and event (a correction); a failure replaces an earlier one of the same form and event.
 * Neither changes the version: the legal events are the same, and a reader's If-Match stays good.
 */
export function recordIssueOutcomes(state: DossierState, outcomes: readonly IssueOutcome[]): DossierState {
  if (!outcomes.length) return state;
  const documents = [...state.documents];
  let failures = [...(state.formFailures ?? [])];
  for (const outcome of outcomes) {
    failures = failures.filter((failure) => failure.formId !== outcome.formId || failure.seq !== outcome.seq);
    if ('document' in outcome) documents.push(outcome.document);
    else failures.push(outcome.failure);
  }
  const { formFailures: _earlier, ...rest } = state;
  return failures.length ? { ...rest, documents, formFailures: failures } : { ...rest, documents };
}
