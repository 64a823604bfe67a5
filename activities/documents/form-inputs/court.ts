import type { FormInput } from '../../../templates';
import { measureName } from '../../../templates/forms/shared/trigger-cases';
import { citations, courtOrdinance, drugLawOf } from './citations';
import { bodyOf, courtProposalOf, eventsOf, lastEventOf, needed, requiredEventOf, type FormContext } from './context';
import {
  ageGroupOf,
  body as bodyNamed,
  documentFrame,
  inlineNameOf,
  judgeSigner,
  personAddressed,
  placeName,
  referenceTo,
  subjectOf,
  triggerOf,
} from './shared';

/** Thông báo thụ lý (action `court-accept`, when the clerk names the judge assigned). */
export function courtAcceptanceNotice(ctx: FormContext): FormInput<'court-acceptance-notice'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'court-accept');
  const proposal = courtProposalOf(ctx);
  const frame = documentFrame(ctx);
  return {
    ...frame,
    ageGroup: ageGroupOf(dossier),
    // The procuracy is not in the directory: it is named as the law names it.
    notify: [inlineNameOf(ctx, proposal.actor), 'Viện kiểm sát nhân dân cùng cấp', `${personAddressed(dossier)}, cư trú tại ${dossier.subject.residence}`],
    legalBasis: [courtOrdinance(ctx)],
    proposal: referenceTo(ctx, proposal),
    receivedOn: proposal.occurredOn,
    acceptedOn: event.occurredOn,
    // Số thụ lý: as entered from the court's register, else the notice's own number.
    caseNumber: body.caseNumber ?? frame.documentNumber,
    judge: needed(ctx, body, 'judge'),
    subject: subjectOf(dossier),
    recipients: ['Như trên', 'Lưu: hồ sơ'],
    signer: judgeSigner(ctx, body.judge),
  };
}

/**
 * Quyết định áp dụng / không áp dụng (action `court-decide`, when the clerk names the judge, the
 * procurator and the proposing body's representative). The session is the one scheduled, if it was
 * not after the decision, with the person present unless the clerk said not. Its place, its clerk
 * and the court's reasons are not entered with the action: the form leaves them dotted, to be filled in.
 */
export function courtDecision(ctx: FormContext): FormInput<'court-decision'> {
  const { dossier, regime, event } = ctx;
  const body = bodyOf(ctx, 'court-decide');
  const proposal = courtProposalOf(ctx);
  const scheduled = lastEventOf(ctx, 'court-schedule-session')?.details.sessionOn;
  const heldOn = typeof scheduled === 'string' && scheduled <= event.occurredOn ? scheduled : event.occurredOn;
  const { outcome } = body;
  const findings = body.findings ?? [];
  const management = dossier.temporaryManagement;
  const complaint = regime.steps['complaint-window'].deadlines.find((rule) => rule.id === 'complaint-window.complaint');
  return {
    ...documentFrame(ctx),
    session: {
      heldOn,
      judge: needed(ctx, body, 'judge'),
      procurator: needed(ctx, body, 'procurator'),
      proposerRepresentative: needed(ctx, body, 'proposerRepresentative'),
      subjectPresent: body.subjectPresent !== false,
    },
    proposal: referenceTo(ctx, proposal),
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    drugLaw: drugLawOf(ctx),
    legalBasis: citations(ctx, courtOrdinance(ctx)),
    findings,
    outcome:
      outcome === 'apply'
        ? {
            kind: 'apply',
            months: needed(ctx, body, 'months'),
            centre: { name: ctx.unit(needed(ctx, body, 'centreUnitCode')).name },
            ...(management?.form === 'facility' ? { managedAtFacility: { place: management.place, since: management.since } } : {}),
            executedBy: ctx.unit(needed(ctx, body, 'escortUnitCode')).name,
          }
        : { kind: 'not-apply', reasons: findings, ...(management ? { endManagementAt: management.place } : {}) },
    ...(complaint ? { complaintWindowWorkingDays: complaint.amount } : {}),
    recipients: [
      personAddressed(dossier),
      inlineNameOf(ctx, proposal.actor),
      ...(outcome === 'apply' ? [ctx.unit(needed(ctx, body, 'escortUnitCode')).name, ctx.unit(needed(ctx, body, 'centreUnitCode')).name] : []),
      'Lưu: hồ sơ',
    ],
    signer: judgeSigner(ctx, body.judge),
  };
}

/**
 * The court one level up reviews (Pháp lệnh 09/2014, 03/2022): derived as the People's Court of the
 * deciding court's parent unit in the directory (the province), or the deciding court when it has none.
 */
function reviewingCourt(ctx: FormContext) {
  const unit = ctx.unit(ctx.event.actor.unitCode);
  if (!unit.parentName) return { issuer: bodyNamed(unit), place: placeName(unit.name) };
  const name = `Tòa án nhân dân ${unit.parentName.charAt(0).toLocaleLowerCase('vi')}${unit.parentName.slice(1)}`;
  return { issuer: { name: name.toLocaleUpperCase('vi'), inlineName: name }, place: placeName(unit.parentName) };
}

/** Quyết định giải quyết khiếu nại, kiến nghị, kháng nghị (action `record-review-decision`, when the judge is named). */
export function reviewDecision(ctx: FormContext): FormInput<'review-decision'> {
  const { dossier } = ctx;
  const body = bodyOf(ctx, 'record-review-decision');
  const decided = requiredEventOf(ctx, 'court-decide');
  const { issuer, place } = reviewingCourt(ctx);
  const months = decided.details.months;
  const challenges = [...eventsOf(ctx, 'file-complaint'), ...eventsOf(ctx, 'file-protest')]
    .sort((a, b) => a.seq - b.seq)
    .map((filed) =>
      filed.action === 'file-complaint'
        ? {
            kind: 'complaint' as const,
            by: filed.details.complainant,
            filedOn: filed.occurredOn,
            ...(filed.details.grounds ? { grounds: filed.details.grounds } : {}),
          }
        : {
            kind: 'protest' as const,
            by: filed.details.procuracy,
            filedOn: filed.occurredOn,
            ...(filed.details.grounds ? { grounds: filed.details.grounds } : {}),
          },
    );
  const { outcome } = body;
  return {
    ...documentFrame(ctx),
    issuer,
    place,
    ageGroup: ageGroupOf(dossier),
    legalBasis: [courtOrdinance(ctx)],
    originalDecision: referenceTo(ctx, decided),
    originalSummary: `áp dụng ${measureName(ageGroupOf(dossier))}${typeof months === 'number' ? ` thời hạn ${months} tháng` : ''}`,
    subject: subjectOf(dossier),
    challenges,
    findings: body.findings ?? [],
    outcome:
      outcome === 'upheld'
        ? { kind: 'upheld' }
        : outcome === 'annulled'
          ? { kind: 'annulled', ...(body.consequence ? { consequence: body.consequence } : {}) }
          : { kind: 'modified', months: needed(ctx, body, 'months') },
    recipients: [personAddressed(dossier), inlineNameOf(ctx, decided.actor), 'Lưu: hồ sơ'],
    signer: judgeSigner(ctx, body.judge),
  };
}
