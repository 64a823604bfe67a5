/**
 * The official forms hoso prints, by id. Each form maps typed data to an administrative
 * document; `renderForm` validates the data and renders it to PDF bytes. To add a form, write
 * `forms/<form-id>.ts` exporting a FormDefinition and list it here.
 */
import type { z } from 'zod';
import { dossierCoverSheet } from './forms/dossier-cover-sheet';
import type { AdministrativeDocument } from './layout/types';
import { renderAdministrativeDocument } from './layout/render-administrative-document';

export const forms = {
  [dossierCoverSheet.id]: dossierCoverSheet,
} as const;

export type FormId = keyof typeof forms;

/** The data a form accepts (dates may be Date objects or YYYY-MM-DD strings). */
export type FormInput<Id extends FormId> = z.input<(typeof forms)[Id]['input']>;

export function isFormId(value: string): value is FormId {
  return Object.prototype.hasOwnProperty.call(forms, value);
}

/** Validates the input against the form's schema (throws a ZodError naming each bad field) and maps it to a document. */
export function buildForm<Id extends FormId>(formId: Id, input: FormInput<Id>): AdministrativeDocument {
  const form = forms[formId];
  if (!form) throw new Error(`Unknown form "${String(formId)}"`);
  return form.build(form.input.parse(input));
}

/** Renders a form to PDF bytes. Equal input gives equal bytes. */
export async function renderForm<Id extends FormId>(formId: Id, input: FormInput<Id>): Promise<Uint8Array> {
  return renderAdministrativeDocument(buildForm(formId, input));
}

export { renderAdministrativeDocument };
export { missingGlyphs, MissingGlyphsError } from './layout/missing-glyphs';
export type { FormDefinition } from './forms/form-definition';
export { dossierCoverSheet, buildDossierCoverSheet, DossierCoverSheetInput } from './forms/dossier-cover-sheet';
export type * from './layout/types';
