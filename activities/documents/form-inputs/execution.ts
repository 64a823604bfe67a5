import { facilityManagementDays, termEnd } from '../../../domain/dossier/term';
import type { FormInput } from '../../../templates';
import { citations, drugLawOf } from './citations';
import { bodyOf, eventsOf, needed, requiredEventOf, type FormContext } from './context';
import {
  ageGroupOf,
  documentFrame,
  inlineNameOf,
  officialOf,
  personAddressed,
  produced,
  recorderOf,
  recordMaking,
  referenceTo,
  signerOf,
  subjectOf,
} from './shared';

/** The court's decision being executed, and its term as the review left it. */
function decisionOf(ctx: FormContext) {
  const decided = requiredEventOf(ctx, 'court-decide');
  const months = ctx.dossier.decision?.months;
  if (!months) throw new Error(`dossier ${ctx.dossier.dossierId} has no term to execute`);
  return { reference: referenceTo(ctx, decided), months };
}

const decisionTitle = (reference: { number: string; issuedBy: string }) => `Quyết định số ${reference.number} của ${reference.issuedBy}`;

/** Biên bản giao nhận (action `escort`, when the centre's officer and the person's health are entered), made at the centre. */
export function handoverRecord(ctx: FormContext): FormInput<'handover-record'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'escort');
  const centre = ctx.unit(needed(ctx, dossier.units, 'centre')).name;
  const { reference, months } = decisionOf(ctx);
  return {
    ...documentFrame(ctx),
    ...recordMaking(body),
    ageGroup: ageGroupOf(dossier),
    delivering: { unit: inlineNameOf(ctx, event.actor), officials: [officialOf(ctx, event.actor)] },
    receiving: { unit: centre, officials: [needed(ctx, body, 'receivedBy')] },
    subject: subjectOf(dossier),
    decision: reference,
    months,
    documents: [{ title: decisionTitle(reference) }, { title: 'Hồ sơ đề nghị áp dụng biện pháp (bản sao)' }],
    health: needed(ctx, body, 'health'),
    signer: { title: 'ĐẠI DIỆN BÊN GIAO', name: recorderOf(ctx).name },
  };
}

/**
 * Biên bản tiếp nhận (action `admit`, when the health check on arrival is entered). The escort who
 * brought the person is the one who recorded the escort; the release date and the days deducted are
 * the engine's (domain/dossier/term.ts).
 */
export function admissionRecord(ctx: FormContext): FormInput<'admission-record'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'admit');
  const escort = requiredEventOf(ctx, 'escort');
  const { reference, months } = decisionOf(ctx);
  const releaseOn = termEnd(dossier);
  return {
    ...documentFrame(ctx),
    ...recordMaking(body),
    ageGroup: ageGroupOf(dossier),
    centreStaff: [officialOf(ctx, event.actor)],
    deliveredBy: { unit: inlineNameOf(ctx, escort.actor), officials: [officialOf(ctx, escort.actor)] },
    subject: subjectOf(dossier),
    decision: reference,
    months,
    deductedDays: facilityManagementDays(dossier),
    ...(releaseOn ? { expectedReleaseOn: releaseOn } : {}),
    healthCheck: needed(ctx, body, 'healthCheck'),
    ...(typeof body.drugTest === 'string' ? { drugTest: body.drugTest } : {}),
    documents: [
      { title: decisionTitle(reference) },
      ...(produced(ctx, escort, 'handover-record') ? [{ title: `Biên bản giao nhận số ${referenceTo(ctx, escort).number}` }] : []),
    ],
    signer: signerOf(ctx),
  };
}

/**
 * Giấy chứng nhận đã chấp hành xong (action `complete`). Reductions are the ones recorded
 * (`reduce-term`); the court decides them (Luật XLVPHC), so they are cited as the assigned court's,
 * under hoso's number unless one was entered.
 */
export function completionCertificate(ctx: FormContext): FormInput<'completion-certificate'> {
  const { dossier, event } = ctx;
  const { reference, months } = decisionOf(ctx);
  const admitted = requiredEventOf(ctx, 'admit');
  const court = dossier.units.court ? ctx.unit(dossier.units.court).name : reference.issuedBy;
  const commune = ctx.unit(dossier.units.commune).name;
  const communeCommittee = `Ủy ban nhân dân ${commune.charAt(0).toLocaleLowerCase('vi')}${commune.slice(1)}`;
  return {
    ...documentFrame(ctx),
    ageGroup: ageGroupOf(dossier),
    drugLaw: drugLawOf(ctx),
    legalBasis: citations(ctx),
    subject: subjectOf(dossier),
    decision: reference,
    months,
    servedFrom: dossier.anchors.admitted ?? admitted.occurredOn,
    servedUntil: event.occurredOn,
    deductedDays: facilityManagementDays(dossier),
    reductions: eventsOf(ctx, 'reduce-term').map((reduced) => ({
      months: reduced.details.months,
      decision: { ...referenceTo(ctx, reduced), issuedBy: court },
    })),
    returnsTo: dossier.subject.residence,
    commune: communeCommittee,
    recipients: [personAddressed(dossier), communeCommittee, 'Lưu: hồ sơ, VT'],
    signer: signerOf(ctx),
  };
}
