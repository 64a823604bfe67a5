import { addDays, addMonths } from '../../../domain/calendar/civil-date';
import { isMinorTrigger } from '../../../domain/dossier/state';
import type { FormInput } from '../../../templates';
import { citations, drugLaw, POST_REHAB_CERTIFICATE_ARTICLE } from './citations';
import { requiredEventOf, type FormContext } from './context';
import { ageGroupOf, communePolice, documentFrame, personAddressed, referenceTo, signerOf, subjectOf } from './shared';

/**
 * The management period: the regime's 2 years (1 for a minor) counted from completion, the first day
 * not counted (BLDS art. 147), as the `post-rehab.period` deadline counts it.
 */
function periodOf(ctx: FormContext) {
  const completed = ctx.dossier.anchors.completed ?? requiredEventOf(ctx, 'complete').occurredOn;
  const months = isMinorTrigger(ctx.dossier.trigger) ? ctx.regime.postRehabMonths.minor : ctx.regime.postRehabMonths.adult;
  return { months, startsOn: addDays(completed, 1), endsOn: addMonths(completed, months) };
}

/** Quyết định quản lý sau cai nghiện (action `start-post-rehab`), by the commune chair; the commune police manage. */
export function postRehabDecision(ctx: FormContext): FormInput<'post-rehab-decision'> {
  const { dossier } = ctx;
  const police = communePolice(ctx.unit(dossier.units.commune)).inlineName;
  return {
    ...documentFrame(ctx),
    ageGroup: ageGroupOf(dossier),
    legalBasis: citations(ctx),
    completion: referenceTo(ctx, requiredEventOf(ctx, 'complete')),
    subject: subjectOf(dossier),
    ...periodOf(ctx),
    managedBy: police,
    executors: [`Trưởng ${police}`, personAddressed(dossier)],
    recipients: ['Như Điều 3', 'Lưu: VT, hồ sơ'],
    signer: signerOf(ctx),
  };
}

/**
 * Giấy chứng nhận hoàn thành quản lý sau cai nghiện, Mẫu số 54 (action `close-post-rehab`). The
 * period printed is the one decided; a dossier closed before its end certifies the time up to the
 * closing (the engine does not refuse an early close).
 */
export function postRehabCertificate(ctx: FormContext): FormInput<'post-rehab-certificate'> {
  const { dossier, event } = ctx;
  const { startsOn, endsOn } = periodOf(ctx);
  return {
    ...documentFrame(ctx),
    legalBasis: [drugLaw(ctx), POST_REHAB_CERTIFICATE_ARTICLE],
    decision: referenceTo(ctx, requiredEventOf(ctx, 'start-post-rehab')),
    subject: subjectOf(dossier),
    from: startsOn,
    until: endsOn <= event.occurredOn ? endsOn : event.occurredOn,
    recipients: [personAddressed(dossier), communePolice(ctx.unit(dossier.units.commune)).inlineName, 'Lưu: VT, hồ sơ'],
    signer: signerOf(ctx),
  };
}
