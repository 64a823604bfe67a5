/**
 * The typed input of every official form, built from the dossier and the directory: one function
 * per form, grouped by the step that issues it. What a form needs and no action carries is derived
 * from the dossier (each builder says what); nothing is printed that nobody entered.
 */
import type { DossierState } from '../../../domain/dossier/state';
import { isFormId, type FormId, type FormInput } from '../../../templates';
import type { Directory } from '../directory';
import { dossierNotice, familyConfirmation, readingRecord, submissionLetter, summaryCv, violationRecord } from './commune';
import { loadFormContext, type FormContext } from './context';
import { courtAcceptanceNotice, courtDecision, reviewDecision } from './court';
import { determinationRequest, determinationResult } from './determination';
import { admissionRecord, completionCertificate, handoverRecord } from './execution';
import { dossierCoverSheet } from './opening';
import { postRehabCertificate, postRehabDecision } from './post-rehab';
import { courtProposal, returnNotice } from './review';

export type { FormContext } from './context';

/** Turns a dossier into the typed input of one form. */
export type FormInputBuilder = (formId: string, dossier: DossierState, seq: number) => Promise<unknown>;

/** Every registered form has its builder: a new template without one does not compile. */
export const formInputBuilders: { [Id in FormId]: (ctx: FormContext) => FormInput<Id> } = {
  'dossier-cover-sheet': dossierCoverSheet,
  'determination-request': determinationRequest,
  'determination-result': determinationResult,
  'violation-record': violationRecord,
  'summary-cv': summaryCv,
  'family-confirmation': familyConfirmation,
  'dossier-notice': dossierNotice,
  'reading-record': readingRecord,
  'submission-letter': submissionLetter,
  'court-proposal': courtProposal,
  'return-notice': returnNotice,
  'court-acceptance-notice': courtAcceptanceNotice,
  'court-decision': courtDecision,
  'review-decision': reviewDecision,
  'handover-record': handoverRecord,
  'admission-record': admissionRecord,
  'completion-certificate': completionCertificate,
  'post-rehab-decision': postRehabDecision,
  'post-rehab-certificate': postRehabCertificate,
};

export function buildFormInputFrom<Id extends FormId>(formId: Id, ctx: FormContext): FormInput<Id> {
  return formInputBuilders[formId](ctx);
}

export function createFormInputBuilder(directory: Directory): FormInputBuilder {
  return async (formId, dossier, seq) => {
    if (!isFormId(formId)) throw new Error(`no input mapping for form ${formId}`);
    return buildFormInputFrom(formId, await loadFormContext(directory, dossier, seq));
  };
}
