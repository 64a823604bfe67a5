import type { DossierState } from '../../../domain/dossier/state';
import type { FormInput } from '../../../templates';
import { DETERMINATION_DECREE, drugLaw, drugLawOf } from './citations';
import { bodyOf, needed, requiredEventOf, type FormContext } from './context';
import { documentFrame, inlineNameOf, officialOf, referenceTo, signerOf, subjectOf } from './shared';

type DeterminationCase = 'a' | 'b' | 'c' | 'd';

/**
 * LPCMT 2021 art. 27(1): why the person must be assessed, when the police did not say. Derived from
 * the dossier: a relapse during post-rehab is d; no stable residence is b; an earlier commune
 * education measure is c; otherwise a (a drug user under management found using again).
 */
function determinationCaseOf(dossier: DossierState): DeterminationCase {
  if (dossier.trigger === 'art32-d') return 'd';
  if (!dossier.subject.hasStableResidence) return 'b';
  if (dossier.priorMeasures && /giáo dục tại (xã|phường|thị trấn)/iu.test(dossier.priorMeasures)) return 'c';
  return 'a';
}

/** Giấy đề nghị xác định tình trạng nghiện ma túy (action `request-determination`). */
export function determinationRequest(ctx: FormContext): FormInput<'determination-request'> {
  const { dossier } = ctx;
  const body = bodyOf(ctx, 'request-determination');
  const facility = ctx.unit(body.healthFacilityCode);
  return {
    ...documentFrame(ctx),
    healthFacility: { name: facility.name },
    subject: subjectOf(dossier),
    determinationCase: body.determinationCase ?? determinationCaseOf(dossier),
    drugLaw: drugLawOf(ctx),
    legalBasis: [drugLaw(ctx), DETERMINATION_DECREE],
    recipients: ['Như trên', 'Lưu: hồ sơ'],
    signer: signerOf(ctx),
  };
}

/**
 * Phiếu kết quả xác định tình trạng nghiện ma túy (action `record-determination`, when the facility
 * enters its findings). Derived: the request was received, and the observation ran, from the day
 * the police requested it to the day of the result.
 */
export function determinationResult(ctx: FormContext): FormInput<'determination-result'> {
  const { dossier, event } = ctx;
  const body = bodyOf(ctx, 'record-determination');
  const request = requiredEventOf(ctx, 'request-determination');
  return {
    ...documentFrame(ctx),
    request: referenceTo(ctx, request),
    requestReceivedOn: request.occurredOn,
    subject: subjectOf(dossier),
    observation: { from: request.occurredOn, to: event.occurredOn },
    substances: needed(ctx, body, 'substances'),
    criteriaMet: needed(ctx, body, 'criteriaMet'),
    addicted: body.result === 'addicted',
    legalBasis: [],
    physician: body.physician ?? officialOf(ctx, event.actor),
    recipients: [inlineNameOf(ctx, request.actor), 'Lưu: bệnh án, VT'],
    signer: signerOf(ctx),
  };
}
