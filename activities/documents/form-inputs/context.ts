import { isRecordedAction, recordedBody, type RecordedAction } from '../../../domain/dossier';
import type { Actor, DossierState, TimelineEvent } from '../../../domain/dossier/state';
import { getRegime, type ActionId, type Regime } from '../../../domain/procedure';
import type { ActionBodies } from '../../../domain/schemas/actions';
import type { Directory, UnitInfo } from '../directory';

/** An event with the person who recorded it: every action and the opening have one. */
export type ActedEvent = TimelineEvent & { actor: Actor };

/** An action event with the person who took it, its details typed as the body of its action. */
export type ActionEvent<A extends ActionId> = RecordedAction<A> & { actor: Actor };

export function isActed(event: TimelineEvent): event is ActedEvent {
  return event.actor !== undefined;
}

function isActionEvent<A extends ActionId>(event: TimelineEvent, action: A): event is ActionEvent<A> {
  return isRecordedAction(event, action) && isActed(event);
}

/**
 * Everything a form is built from: the dossier as it stood after the event, the event itself (what
 * the person entered with it is `bodyOf` the event), and the names of every unit and user the
 * dossier mentions, looked up once so that each form's builder stays a plain function of data.
 */
export interface FormContext {
  dossier: DossierState;
  regime: Regime;
  event: ActedEvent;
  unit(code: string): UnitInfo;
  userName(userId: string): string;
}

/** Unit codes an action's body may name before the dossier assigns them. */
const UNIT_FIELDS = ['healthFacilityCode', 'reviewerUnitCode', 'courtUnitCode', 'centreUnitCode', 'escortUnitCode'] as const;

export async function loadFormContext(directory: Directory, dossier: DossierState, seq: number): Promise<FormContext> {
  const event = dossier.timeline.find((entry) => entry.seq === seq);
  if (!event || !isActed(event)) throw new Error(`event ${seq} of dossier ${dossier.dossierId} has no actor`);
  const unitCodes = new Set<string>(Object.values(dossier.units).filter((code): code is string => typeof code === 'string'));
  const userIds = new Set<string>();
  for (const entry of dossier.timeline) {
    if (entry.actor) {
      unitCodes.add(entry.actor.unitCode);
      userIds.add(entry.actor.userId);
    }
    for (const field of UNIT_FIELDS) {
      const code = entry.details?.[field];
      if (typeof code === 'string') unitCodes.add(code);
    }
  }
  const units = new Map<string, UnitInfo>();
  for (const code of unitCodes) units.set(code, await directory.unit(code));
  const users = new Map<string, string>();
  for (const id of userIds) {
    const user = await directory.user(id);
    if (user) users.set(id, user.name);
  }
  return {
    dossier,
    regime: getRegime(dossier.regimeId),
    event,
    unit(code) {
      const unit = units.get(code);
      if (!unit) throw new Error(`unit ${code} is not in the directory`);
      return unit;
    },
    // A user missing from the directory keeps the id the event recorded, as the cover sheet always did.
    userName: (userId) => users.get(userId) ?? userId,
  };
}

/**
 * What was entered with the event the form is issued for, typed by the action that issues the form
 * (domain/procedure/actions.ts `forms`); `occurredOn` is the event's own date.
 */
export function bodyOf<A extends ActionId>(ctx: FormContext, action: A): ActionBodies[A] {
  const body = recordedBody(ctx.event, action);
  if (!body) throw new Error(`event ${ctx.event.seq} of dossier ${ctx.dossier.dossierId} is not "${action}"`);
  return body;
}

/**
 * A field the form's `needs` (domain/procedure ActionForm), or a precondition of its action, guarantees: the form is
 * not issued without it.
 */
export function needed<T extends object, K extends keyof T>(ctx: FormContext, body: T, field: K): NonNullable<T[K]> {
  const value = body[field];
  if (value === undefined || value === null) {
    throw new Error(`event ${ctx.event.seq} of dossier ${ctx.dossier.dossierId} has no ${String(field)} for its form`);
  }
  return value;
}

/** The latest event of an action recorded before the current one. */
export function lastEventOf<A extends ActionId>(ctx: FormContext, action: A): ActionEvent<A> | undefined {
  return [...ctx.dossier.timeline].reverse().find((entry): entry is ActionEvent<A> => entry.seq < ctx.event.seq && isActionEvent(entry, action));
}

export function eventsOf<A extends ActionId>(ctx: FormContext, action: A): Array<ActionEvent<A>> {
  return ctx.dossier.timeline.filter((entry): entry is ActionEvent<A> => entry.seq < ctx.event.seq && isActionEvent(entry, action));
}

/** An earlier event the form cannot do without (the domain's preconditions guarantee it). */
export function requiredEventOf<A extends ActionId>(ctx: FormContext, action: A): ActionEvent<A> {
  const found = lastEventOf(ctx, action);
  if (!found) throw new Error(`dossier ${ctx.dossier.dossierId} has no "${action}" before event ${ctx.event.seq}`);
  return found;
}

/**
 * The proposal the court received: the reviewing body's (`approve`), or the commune police's own letter where no
 * reviewing level stands between (`submit-to-court`); the later one if the dossier went round more than once.
 */
export function courtProposalOf(ctx: FormContext): ActionEvent<'approve'> | ActionEvent<'submit-to-court'> {
  const approved = lastEventOf(ctx, 'approve');
  const sent = lastEventOf(ctx, 'submit-to-court');
  const latest = approved && sent ? (approved.seq > sent.seq ? approved : sent) : (approved ?? sent);
  if (!latest) throw new Error(`dossier ${ctx.dossier.dossierId} reached the court without a proposal before event ${ctx.event.seq}`);
  return latest;
}
