import { formFailureOf, recordIssueOutcomes } from '../../domain/dossier/form-failures';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DocumentRef, DossierState } from '../../domain/dossier/state';

const now = new Date('2026-09-01T03:00:00Z');

function opened(): DossierState {
  return openDossier(
    {
      dossierId: 'forms',
      code: 'HS-FORMS',
      regimeId: '2026',
      subject: { fullName: 'Lò Văn Pầu', dateOfBirth: '1990-01-01', sex: 'male', idNumber: '001090000004', residence: 'X01', hasStableResidence: true },
      trigger: 'art32-b',
      detectedOn: '2026-09-01',
      communeCode: 'X01',
      priorPlacements: 0,
      provincialReview: true,
      openedBy: { userId: 'p', role: 'commune_police', unitCode: 'X01' },
    },
    now,
  );
}

const documentOf = (formId: string, revision = 1): DocumentRef => ({
  documentId: `forms:${formId}:${revision}`,
  formId,
  step: 'intake',
  sha256: '0'.repeat(64),
  objectKey: `forms/${formId}`,
  size: 1,
  revision,
});

/** Issue 16 (part 5): a form that fails to issue is part of the dossier until it is issued. */
describe('forms that could not be issued', () => {
  it('say why in Vietnamese, and name the fields the activity named, never more than their paths', () => {
    const invalid = formFailureOf('dossier-cover-sheet', 1, { type: 'form-input-invalid', details: [{ fields: ['subject.fullName', 7, 'issuedOn'] }] }, now);
    expect(invalid).toEqual({
      formId: 'dossier-cover-sheet',
      seq: 1,
      code: 'form-input-invalid',
      reason: expect.stringMatching(/không hợp lệ/),
      fields: ['subject.fullName', 'issuedOn'],
      failedAt: now.toISOString(),
    });
    expect(formFailureOf('summary-cv', 2, { type: 'form-text-unprintable', details: [] }, now)).toEqual({
      formId: 'summary-cv',
      seq: 2,
      code: 'form-text-unprintable',
      reason: expect.stringMatching(/phông chữ/),
      failedAt: now.toISOString(),
    });
    // A failure of another kind (a timeout, a cancellation) is still shown, without guessing at its cause.
    expect(formFailureOf('summary-cv', 2, { type: null, details: [{ fields: 'subject' }] }, now)).toMatchObject({ code: 'form-not-issued', reason: expect.any(String) });
    expect(formFailureOf('x', 1, { details: [{ fields: Array.from({ length: 50 }, (_, index) => `f${index}`) }] }, now).fields).toHaveLength(20);
  });

  it('are recorded beside the documents without changing the version, and replace an earlier failure of the same form and event', () => {
    const state = opened();
    const first = formFailureOf('dossier-cover-sheet', 1, { type: 'form-text-unprintable' }, now);
    const failed = recordIssueOutcomes(state, [
      { formId: 'dossier-cover-sheet', seq: 1, failure: first },
      { formId: 'summary-cv', seq: 1, document: documentOf('summary-cv') },
    ]);
    expect(failed.version).toBe(state.version);
    expect(failed.documents.map((document) => document.formId)).toEqual(['summary-cv']);
    expect(failed.formFailures).toEqual([first]);
    expect(state.formFailures).toBeUndefined();

    const again = formFailureOf('dossier-cover-sheet', 1, { type: 'form-input-invalid' }, new Date(now.getTime() + 60_000));
    expect(recordIssueOutcomes(failed, [{ formId: 'dossier-cover-sheet', seq: 1, failure: again }]).formFailures).toEqual([again]);
  });

  it('are cleared once the same form of the same event is issued (a correction), and only then', () => {
    const failure = (formId: string, seq: number) => ({ formId, seq, failure: formFailureOf(formId, seq, { type: 'form-input-invalid' }, now) });
    const failed = recordIssueOutcomes(opened(), [failure('dossier-cover-sheet', 1), failure('determination-request', 2)]);

    const otherEvent = recordIssueOutcomes(failed, [{ formId: 'dossier-cover-sheet', seq: 3, document: documentOf('dossier-cover-sheet') }]);
    expect(otherEvent.formFailures?.map(({ formId, seq }) => [formId, seq])).toEqual([
      ['dossier-cover-sheet', 1],
      ['determination-request', 2],
    ]);

    const corrected = recordIssueOutcomes(failed, [{ formId: 'dossier-cover-sheet', seq: 1, document: documentOf('dossier-cover-sheet', 2) }]);
    expect(corrected.formFailures?.map(({ formId }) => formId)).toEqual(['determination-request']);
    const allIssued = recordIssueOutcomes(corrected, [{ formId: 'determination-request', seq: 2, document: documentOf('determination-request') }]);
    // Absent once none is left, as for a dossier that never had one: the projection's count reads 0.
    expect(allIssued).not.toHaveProperty('formFailures');
    expect(allIssued.documents).toHaveLength(2);
  });

  it('leave a dossier without failures as it was when nothing happened', () => {
    const state = opened();
    expect(recordIssueOutcomes(state, [])).toBe(state);
    expect(recordIssueOutcomes(state, [{ formId: 'dossier-cover-sheet', seq: 1, document: documentOf('dossier-cover-sheet') }])).not.toHaveProperty('formFailures');
  });
});
