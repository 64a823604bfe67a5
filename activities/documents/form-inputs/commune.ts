import type { FormInput } from '../../../templates';
import { recordedBody } from '../../../domain/dossier';
import { citations, drugLawOf } from './citations';
import { bodyOf, lastEventOf, needed, requiredEventOf, type FormContext } from './context';
import {
  ageGroupOf,
  documentFrame,
  dossierDocuments,
  officialOf,
  personAddressed,
  produced,
  recorderOf,
  recordMaking,
  referenceTo,
  signerOf,
  subjectOf,
  triggerOf,
} from './shared';

/**
 * The determination result the violation record cites: the sheet hoso issued, or the one attached
 * when its number was entered. Without a number there is nothing to cite, and the record says only
 * that the person is addicted.
 */
function determinationReference(ctx: FormContext) {
  const recorded = lastEventOf(ctx, 'record-determination');
  if (recorded && (produced(ctx, recorded, 'determination-result') || recorded.details.documentNumber)) return referenceTo(ctx, recorded);
  const attached = lastEventOf(ctx, 'attach-determination');
  if (attached && typeof attached.details.documentNumber === 'string' && typeof attached.details.issuedBy === 'string') {
    return { number: attached.details.documentNumber, issuedOn: attached.occurredOn, issuedBy: attached.details.issuedBy };
  }
  return undefined;
}

/** Biên bản vi phạm, Mẫu số 27 (action `record-violation`). */
export function violationRecord(ctx: FormContext): FormInput<'violation-record'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'record-violation');
  const result = determinationReference(ctx);
  return {
    ...documentFrame(ctx),
    ...recordMaking(body),
    recorders: [officialOf(ctx, event.actor)],
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    drugLaw: drugLawOf(ctx),
    ...(result ? { determinationResult: result } : {}),
    facts: body.description,
    ...(typeof body.subjectStatement === 'string' ? { subjectStatement: body.subjectStatement } : {}),
    signer: recorderOf(ctx),
  };
}

/** Bản tóm tắt lý lịch, Mẫu số 30 (action `attach-document`, when the officer enters it), certified by the head of commune police. */
export function summaryCv(ctx: FormContext): FormInput<'summary-cv'> {
  const { dossier } = ctx;
  const { family, history, criminalRecord, administrativeRecord, drugUse, ...identity } = needed(ctx, bodyOf(ctx, 'attach-document'), 'summaryCv');
  return {
    ...documentFrame(ctx),
    ageGroup: ageGroupOf(dossier),
    subject: { ...subjectOf(dossier), ...identity },
    family,
    history,
    criminalRecord: criminalRecord ?? [],
    administrativeRecord: administrativeRecord ?? [],
    priorMeasures: dossier.priorMeasures ? [dossier.priorMeasures] : [],
    drugUse,
    recipients: ['Hồ sơ đề nghị', 'Lưu: VT'],
    signer: signerOf(ctx),
  };
}

/**
 * Văn bản xác nhận của đại diện gia đình, Mẫu số 35 (action `set-temporary-management`, when the
 * representative is named). Management at home means the family agreed (NĐ 116/2021 Điều 45); at a
 * facility, that it did not — or that there is no stable residence, the reason then derived.
 */
export function familyConfirmation(ctx: FormContext): FormInput<'family-confirmation'> {
  const { dossier } = ctx;
  const body = bodyOf(ctx, 'set-temporary-management');
  const agrees = body.form === 'home';
  const reason =
    body.familyReason ??
    (!agrees && !dossier.subject.hasStableResidence ? 'Người nghiện ma túy không có nơi cư trú ổn định' : undefined);
  return {
    ...documentFrame(ctx),
    ageGroup: ageGroupOf(dossier),
    representative: needed(ctx, body, 'familyRepresentative'),
    subject: subjectOf(dossier),
    agrees,
    ...(reason ? { reason } : {}),
    recipients: ['Đại diện gia đình', 'Lưu: hồ sơ'],
    signer: signerOf(ctx),
  };
}

/** "Đặng Thị Hoa (mẹ)" → name and relationship, as the notice's guardian field is usually written. */
function guardianOf(guardian: string, relationship: string | undefined): { fullName: string; relationship: string } {
  const written = /^(.+?)\s*\(([^()]+)\)$/u.exec(guardian);
  const fullName = written?.[1] ?? guardian;
  return { fullName, relationship: relationship ?? written?.[2] ?? 'Người đại diện hợp pháp' };
}

/**
 * Where the dossier goes after the reading window: the reviewing body already assigned (a dossier
 * returned for supplementation), or the one the regime's chain names, without its review tags.
 */
function nextBodyOf(ctx: FormContext): string {
  const reviewer = ctx.dossier.units.reviewer;
  if (reviewer) return ctx.unit(reviewer).name;
  return ctx.regime.chain.reviews.replace(/\s*\([^)]*\)|\s*\[[^\]]*\]/gu, '').trim();
}

/** Thông báo về việc lập hồ sơ (action `notify-subject`); where to read the dossier is not entered, so it is left dotted. */
export function dossierNotice(ctx: FormContext): FormInput<'dossier-notice'> {
  const { dossier, regime } = ctx;
  const body = bodyOf(ctx, 'notify-subject');
  const guardian = typeof body.guardian === 'string' ? guardianOf(body.guardian, body.guardianRelationship) : undefined;
  const window = regime.steps.commune.deadlines.find((rule) => rule.id === 'commune.reading-window');
  return {
    ...documentFrame(ctx),
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    drugLaw: drugLawOf(ctx),
    relatives: guardian ? [guardian] : [],
    legalBasis: citations(ctx),
    ...(window ? { readingWindowWorkingDays: window.amount } : {}),
    nextBody: nextBodyOf(ctx),
    recipients: [personAddressed(dossier), ...(guardian ? [guardian.fullName] : []), 'Lưu: hồ sơ'],
    signer: signerOf(ctx),
  };
}

/** Biên bản về việc đọc hồ sơ (action `record-reading`): the person read it unless the officer said otherwise. */
export function readingRecord(ctx: FormContext): FormInput<'reading-record'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'record-reading');
  const notice = requiredEventOf(ctx, 'notify-subject');
  return {
    ...documentFrame(ctx),
    ...recordMaking(body),
    ageGroup: ageGroupOf(dossier),
    officers: [officialOf(ctx, event.actor)],
    subject: subjectOf(dossier),
    subjectPresent: body.subjectPresent !== false,
    relatives: body.relatives ?? [],
    notice: referenceTo(ctx, notice),
    documents: dossierDocuments(ctx),
    notesTaken: body.notesTaken === true,
    ...(typeof body.opinions === 'string' ? { opinions: body.opinions } : {}),
    signer: recorderOf(ctx),
  };
}

/**
 * Văn bản chuyển hồ sơ: to the reviewing body the officer chose (action `submit`), or straight to the court where no
 * reviewing level stands between (`submit-to-court`).
 */
export function submissionLetter(ctx: FormContext): FormInput<'submission-letter'> {
  const { dossier } = ctx;
  const toCourt = recordedBody(ctx.event, 'submit-to-court');
  const notice = requiredEventOf(ctx, 'notify-subject');
  const reading = lastEventOf(ctx, 'record-reading');
  return {
    ...documentFrame(ctx),
    addressee: ctx.unit(toCourt ? toCourt.courtUnitCode : bodyOf(ctx, 'submit').reviewerUnitCode).name,
    addressedTo: toCourt ? 'court' : 'reviewing-body',
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    drugLaw: drugLawOf(ctx),
    notifiedOn: notice.occurredOn,
    ...(reading ? { readOn: reading.occurredOn } : {}),
    ...(dossier.temporaryManagement ? { temporaryManagement: { ...dossier.temporaryManagement } } : {}),
    documents: dossierDocuments(ctx),
    recipients: ['Như trên', 'Lưu: hồ sơ, VT'],
    signer: signerOf(ctx),
  };
}
