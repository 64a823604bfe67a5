/**
 * The official forms hoso prints, by id, in the order of the procedure. Each form maps typed data
 * to an administrative document; `renderForm` validates the data and renders it to PDF bytes. To
 * add a form, write `forms/<form-id>.ts` exporting a FormDefinition and list it here.
 */
import type { z } from 'zod';
import { dossierCoverSheet } from './forms/dossier-cover-sheet';
import { determinationRequest } from './forms/determination-request';
import { determinationResult } from './forms/determination-result';
import { violationRecord } from './forms/violation-record';
import { summaryCv } from './forms/summary-cv';
import { familyConfirmation } from './forms/family-confirmation';
import { dossierNotice } from './forms/dossier-notice';
import { readingRecord } from './forms/reading-record';
import { submissionLetter } from './forms/submission-letter';
import { courtProposal } from './forms/court-proposal';
import { returnNotice } from './forms/return-notice';
import { courtAcceptanceNotice } from './forms/court-acceptance-notice';
import { courtDecision } from './forms/court-decision';
import { reviewDecision } from './forms/review-decision';
import { handoverRecord } from './forms/handover-record';
import { admissionRecord } from './forms/admission-record';
import { completionCertificate } from './forms/completion-certificate';
import { postRehabDecision } from './forms/post-rehab-decision';
import { postRehabCertificate } from './forms/post-rehab-certificate';
import type { FormDefinition } from './forms/form-definition';
import type { AdministrativeDocument, RenderOptions } from './layout/types';
import { renderAdministrativeDocument } from './layout/render-administrative-document';

export const forms = {
  [dossierCoverSheet.id]: dossierCoverSheet,
  [determinationRequest.id]: determinationRequest,
  [determinationResult.id]: determinationResult,
  [violationRecord.id]: violationRecord,
  [summaryCv.id]: summaryCv,
  [familyConfirmation.id]: familyConfirmation,
  [dossierNotice.id]: dossierNotice,
  [readingRecord.id]: readingRecord,
  [submissionLetter.id]: submissionLetter,
  [courtProposal.id]: courtProposal,
  [returnNotice.id]: returnNotice,
  [courtAcceptanceNotice.id]: courtAcceptanceNotice,
  [courtDecision.id]: courtDecision,
  [reviewDecision.id]: reviewDecision,
  [handoverRecord.id]: handoverRecord,
  [admissionRecord.id]: admissionRecord,
  [completionCertificate.id]: completionCertificate,
  [postRehabDecision.id]: postRehabDecision,
  [postRehabCertificate.id]: postRehabCertificate,
} as const;

export type FormId = keyof typeof forms;

/** The data a form accepts (dates may be Date objects or YYYY-MM-DD strings). */
export type FormInput<Id extends FormId> = z.input<(typeof forms)[Id]['input']>;

export function isFormId(value: string): value is FormId {
  return Object.prototype.hasOwnProperty.call(forms, value);
}

/** Validates the input against the form's schema (throws a ZodError naming each bad field) and maps it to a document. */
export function buildForm<Id extends FormId>(formId: Id, input: FormInput<Id>): AdministrativeDocument {
  // Widened on purpose: TypeScript cannot pair forms[Id].build with forms[Id].input for a generic Id; the schema's parse pairs them at run time.
  const form: FormDefinition<string, z.ZodType> | undefined = forms[formId];
  if (!form) throw new Error(`Unknown form "${String(formId)}"`);
  return form.build(form.input.parse(input));
}

/**
 * Renders a form to PDF bytes. Equal input and options give equal bytes. `options.verification`
 * (assigned by the archive, not part of the form's data) prints the QR code and lookup code on page 1.
 */
export async function renderForm<Id extends FormId>(formId: Id, input: FormInput<Id>, options: RenderOptions = {}): Promise<Uint8Array> {
  return renderAdministrativeDocument(buildForm(formId, input), options);
}

export { renderAdministrativeDocument };
export { missingGlyphs, MissingGlyphsError } from './layout/missing-glyphs';
export type { FormDefinition } from './forms/form-definition';
export { dossierCoverSheet, buildDossierCoverSheet, DossierCoverSheetInput } from './forms/dossier-cover-sheet';
export type * from './layout/types';
