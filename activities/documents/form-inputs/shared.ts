/**
 * How the dossier's facts are written on a form: the issuing body, the signer, the place, document
 * numbers and references to earlier documents, the person and the case of the law.
 */
import { isMinorTrigger, type Actor, type DossierState, type Trigger } from '../../../domain/dossier/state';
import { formsProduced, type ActionId } from '../../../domain/procedure';
import { forms, isFormId } from '../../../templates';
import type { UnitInfo } from '../directory';
import { isActed, type ActedEvent, type FormContext } from './context';

const upper = (text: string) => text.toLocaleUpperCase('vi');
const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;

/** "Xã Tiên Du" → "Tiên Du": the place name printed before the date. */
export const placeName = (unitName: string) => unitName.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Tỉnh|Thành phố)\s+/u, '');

export interface Issuer {
  parent?: string;
  name: string;
  inlineName: string;
}

/**
 * The directory holds a commune as an administrative unit ("Xã Tiên Du"): its police and its People's
 * Committee are named from it. Other units (health facility, reviewer, court, escort, centre) are
 * bodies that carry their own names.
 */
export function communePolice(unit: UnitInfo): Issuer {
  return {
    ...(unit.parentName ? { parent: `CÔNG AN ${upper(unit.parentName)}` } : {}),
    name: `CÔNG AN ${upper(unit.name)}`,
    inlineName: `Công an ${lowerFirst(unit.name)}`,
  };
}

export function communeCommittee(unit: UnitInfo): Issuer {
  return { name: `ỦY BAN NHÂN DÂN\n${upper(unit.name)}`, inlineName: `Ủy ban nhân dân ${lowerFirst(unit.name)}` };
}

export function body(unit: UnitInfo): Issuer {
  return { name: upper(unit.name), inlineName: unit.name };
}

/** The body an actor acts for, by role. */
export function issuerOf(ctx: FormContext, actor: Actor): Issuer {
  const unit = ctx.unit(actor.unitCode);
  if (actor.role === 'commune_police') return communePolice(unit);
  if (actor.role === 'commune_committee') return communeCommittee(unit);
  return body(unit);
}

export function inlineNameOf(ctx: FormContext, actor: Actor): string {
  return issuerOf(ctx, actor).inlineName;
}

/** A commune is the place it names; another body is dated at its province's name. */
export function placeOf(ctx: FormContext, actor: Actor): string {
  const unit = ctx.unit(actor.unitCode);
  const communeLevel = actor.role === 'commune_police' || actor.role === 'commune_committee';
  return placeName(communeLevel ? unit.name : unit.parentName ?? unit.name);
}

/**
 * The signer is the person who recorded the event (the document is signed with their unit's key);
 * hoso does not know their rank, so the title is the head of the body the role acts for.
 */
export function signerOf(ctx: FormContext, actor: Actor = ctx.event.actor): { title: string; name: string } {
  const name = ctx.userName(actor.userId);
  switch (actor.role) {
    case 'commune_police':
      return { title: `TRƯỞNG CÔNG AN ${upper(ctx.unit(actor.unitCode).name.split(' ')[0] ?? '')}`, name };
    case 'commune_committee':
      return { title: 'CHỦ TỊCH', name };
    case 'health_facility':
    case 'centre_staff':
      return { title: 'GIÁM ĐỐC', name };
    case 'reviewer':
      return { title: 'TRƯỞNG PHÒNG', name };
    default:
      return { title: 'THỦ TRƯỞNG ĐƠN VỊ', name };
  }
}

/** A biên bản is signed by the person who made it. */
export function recorderOf(ctx: FormContext, actor: Actor = ctx.event.actor): { title: string; name: string } {
  return { title: 'NGƯỜI LẬP BIÊN BẢN', name: ctx.userName(actor.userId) };
}

/** Court documents are signed by the judge; the clerk who records them enters the name (`judge` of the body). */
export function judgeSigner(ctx: FormContext, judge: string | undefined): { title: string; name: string } {
  if (typeof judge !== 'string') throw new Error(`event ${ctx.event.seq} names no judge to sign for the court`);
  return { title: 'THẨM PHÁN', name: judge };
}

/** "Trần Văn Hùng, cán bộ Công an xã Tiên Du": a person named in the text, by the body they act for. */
export function officialOf(ctx: FormContext, actor: Actor): { name: string; title: string } {
  return { name: ctx.userName(actor.userId), title: `cán bộ ${inlineNameOf(ctx, actor)}` };
}

/**
 * Số, ký hiệu: what the person entered from their office's register, or else the event's number in
 * the dossier over the dossier code (as the cover sheet has always been numbered).
 */
export function numberOf(ctx: FormContext, event: ActedEvent): string {
  const entered = event.details?.documentNumber;
  return typeof entered === 'string' ? entered : `${event.seq}/${ctx.dossier.code}`;
}

export function referenceTo(ctx: FormContext, event: ActedEvent): { number: string; issuedOn: string; issuedBy: string } {
  return { number: numberOf(ctx, event), issuedOn: event.occurredOn, issuedBy: inlineNameOf(ctx, event.actor) };
}

/** The document of this event: its number and date. */
export function documentFrame(ctx: FormContext) {
  return {
    dossierCode: ctx.dossier.code,
    issuer: issuerOf(ctx, ctx.event.actor),
    documentNumber: numberOf(ctx, ctx.event),
    place: placeOf(ctx, ctx.event.actor),
    issuedOn: ctx.event.occurredOn,
  };
}

/** When and where a biên bản was made, as the body of its action may say (domain/schemas/actions.ts `recordMaking`). */
export interface RecordMaking {
  startedAt?: string | undefined;
  endedAt?: string | undefined;
  location?: string | undefined;
}

/**
 * When and where a biên bản was made, as entered. What was not entered is left out, and the form prints it dotted:
 * the hour the event was typed into hoso is not the hour the record was made.
 */
export function recordMaking(entered: RecordMaking): RecordMaking {
  return {
    ...(entered.startedAt ? { startedAt: entered.startedAt } : {}),
    ...(entered.endedAt ? { endedAt: entered.endedAt } : {}),
    ...(entered.location ? { location: entered.location } : {}),
  };
}

export function subjectOf(dossier: DossierState) {
  return { ...dossier.subject };
}

type TriggerCase = { article: 32; case: 'a' | 'b' | 'c' | 'd' } | { article: 33; case: 'a' | 'b' | 'c' };

/** "art32-b" → LPCMT 2021 art. 32, case b. */
const TRIGGER_CASES = {
  'art32-a': { article: 32, case: 'a' },
  'art32-b': { article: 32, case: 'b' },
  'art32-c': { article: 32, case: 'c' },
  'art32-d': { article: 32, case: 'd' },
  'art33-a': { article: 33, case: 'a' },
  'art33-b': { article: 33, case: 'b' },
  'art33-c': { article: 33, case: 'c' },
} as const satisfies Record<Trigger, TriggerCase>;

export function triggerOf(dossier: DossierState): TriggerCase {
  return { ...TRIGGER_CASES[dossier.trigger] };
}

export function ageGroupOf(dossier: DossierState): 'adult' | 'minor' {
  return isMinorTrigger(dossier.trigger) ? 'minor' : 'adult';
}

/** "Ông Trần Văn Bình" / "Bà …", as a letter names the person among its addressees. */
export function personAddressed(dossier: DossierState): string {
  if (isMinorTrigger(dossier.trigger)) return `Em ${dossier.subject.fullName}`;
  return `${dossier.subject.sex === 'female' ? 'Bà' : 'Ông'} ${dossier.subject.fullName}`;
}

/** The forms an earlier event produced, as the workflow issued them. */
export function formsOfEvent(ctx: FormContext, event: ActedEvent): string[] {
  if (event.kind === 'opened') return [...ctx.regime.opening.forms];
  if (!event.action) return [];
  return formsProduced(ctx.regime.actions[event.action], event.details ?? {});
}

/** Forms that make up the dossier itself (what is read, sent on and proposed), not letters about it. */
const DOSSIER_FORMS = new Set([
  'dossier-cover-sheet',
  'determination-request',
  'determination-result',
  'violation-record',
  'summary-cv',
  'family-confirmation',
  'dossier-notice',
  'reading-record',
]);

/** The documents in the dossier before this event: the forms hoso issued and the documents attached. */
export function dossierDocuments(ctx: FormContext): Array<{ title: string }> {
  const documents: Array<{ title: string }> = [];
  for (const event of ctx.dossier.timeline) {
    if (event.seq >= ctx.event.seq || !isActed(event)) continue;
    for (const formId of formsOfEvent(ctx, event)) {
      if (DOSSIER_FORMS.has(formId) && isFormId(formId)) documents.push({ title: `${forms[formId].title} số ${numberOf(ctx, event)}` });
    }
    if (event.action === 'attach-document' && typeof event.details?.title === 'string' && !event.details.summaryCv) {
      documents.push({ title: event.details.title });
    }
    if (event.action === 'attach-determination' && typeof event.details?.issuedBy === 'string') {
      documents.push({ title: `Phiếu kết quả xác định tình trạng nghiện ma túy của ${event.details.issuedBy}` });
    }
  }
  return documents;
}

/** Whether an earlier event produced a form (so that hoso's number for it is the document's). */
export function produced(ctx: FormContext, event: ActedEvent, formId: string): boolean {
  return formsOfEvent(ctx, event).includes(formId);
}

export type { ActionId };
