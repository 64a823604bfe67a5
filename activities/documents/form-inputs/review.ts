import { recordedBody } from '../../../domain/dossier';
import type { FormInput } from '../../../templates';
import { citations, courtOrdinance, drugLawOf } from './citations';
import { bodyOf, courtProposalOf, needed, requiredEventOf, type FormContext } from './context';
import {
  ageGroupOf,
  documentFrame,
  dossierDocuments,
  inlineNameOf,
  judgeSigner,
  referenceTo,
  signerOf,
  subjectOf,
  triggerOf,
} from './shared';

/** Văn bản đề nghị Tòa án (action `approve`, when the reviewer names the centre); findings not entered are left dotted. */
export function courtProposal(ctx: FormContext): FormInput<'court-proposal'> {
  const { dossier } = ctx;
  const body = bodyOf(ctx, 'approve');
  const submission = requiredEventOf(ctx, 'submit');
  return {
    ...documentFrame(ctx),
    court: ctx.unit(body.courtUnitCode).name,
    legalBasis: citations(ctx),
    submission: referenceTo(ctx, submission),
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    drugLaw: drugLawOf(ctx),
    findings: body.findings ?? [],
    proposedMonths: body.proposedMonths,
    centre: { name: ctx.unit(needed(ctx, body, 'centreUnitCode')).name },
    ...(dossier.temporaryManagement ? { temporaryManagement: { ...dossier.temporaryManagement } } : {}),
    documents: dossierDocuments(ctx),
    recipients: ['Như trên', inlineNameOf(ctx, submission.actor), 'Lưu: VT, hồ sơ'],
    signer: signerOf(ctx),
  };
}

/**
 * Thông báo trả hồ sơ để bổ sung: by the reviewing body (action `return-for-supplementation`) of the
 * dossier the commune sent, or by the court (action `court-return`, signed by the judge) of the
 * proposal it received. The day the letter was sent counts as the day it was received, as the
 * deadlines do (anchors `submitted`, `court-received`).
 */
export function returnNotice(ctx: FormContext): FormInput<'return-notice'> {
  const { dossier, event } = ctx;
  const byCourt = recordedBody(event, 'court-return');
  const { reasons } = byCourt ?? bodyOf(ctx, 'return-for-supplementation');
  const sent = byCourt ? courtProposalOf(ctx) : requiredEventOf(ctx, 'submit');
  return {
    ...documentFrame(ctx),
    ageGroup: ageGroupOf(dossier),
    submission: referenceTo(ctx, sent),
    ...(byCourt ? { legalBasis: [courtOrdinance(ctx)] } : {}),
    receivedOn: sent.occurredOn,
    subject: subjectOf(dossier),
    reasons: [reasons],
    recipients: [inlineNameOf(ctx, sent.actor), 'Lưu: VT, hồ sơ'],
    signer: byCourt ? judgeSigner(ctx, byCourt.judge) : signerOf(ctx),
  };
}
