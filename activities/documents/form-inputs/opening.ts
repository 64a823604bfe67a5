import { civilDateAt } from '../../../domain/calendar/civil-date';
import type { FormInput } from '../../../templates';
import type { FormContext } from './context';
import { citations } from './citations';
import { documentFrame, signerOf, subjectOf, triggerOf } from './shared';

/** Phiếu mở hồ sơ (step `intake`): the opening, dated the day it was recorded. */
export function dossierCoverSheet(ctx: FormContext): FormInput<'dossier-cover-sheet'> {
  const { dossier, regime, event } = ctx;
  const { issuedOn: _issuedOn, ...frame } = documentFrame(ctx);
  return {
    ...frame,
    regime: { id: dossier.regimeId, label: regime.title },
    openedOn: civilDateAt(new Date(event.recordedAt)),
    detectedOn: dossier.detectedOn,
    subject: subjectOf(dossier),
    trigger: triggerOf(dossier),
    ...(dossier.priorMeasures ? { priorMeasures: dossier.priorMeasures } : {}),
    legalBasis: citations(ctx),
    recipients: ['Người bị đề nghị', 'Lưu: hồ sơ'],
    signer: signerOf(ctx),
  };
}
