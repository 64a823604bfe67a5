import type { Actor, DossierState, TimelineEvent } from '../../../domain/dossier/state';
import { getRegime, type ActionId, type Regime } from '../../../domain/procedure';
import type { Directory, UnitInfo } from '../directory';

/** An event with the person who recorded it: every action and the opening have one. */
export type ActedEvent = TimelineEvent & { actor: Actor };

/**
 * Everything a form is built from: the dossier as it stood after the event, the event itself and
 * what the person entered with it, and the names of every unit and user the dossier mentions,
 * looked up once so that each form's builder stays a plain function of data.
 */
export interface FormContext {
  dossier: DossierState;
  regime: Regime;
  event: ActedEvent;
  /** The action's body as entered (the event's details; `occurredOn` is the event's own date). */
  body: Record<string, unknown>;
  unit(code: string): UnitInfo;
  userName(userId: string): string;
}

/** Unit codes an action's body may name before the dossier assigns them. */
const UNIT_FIELDS = ['healthFacilityCode', 'reviewerUnitCode', 'courtUnitCode', 'centreUnitCode', 'escortUnitCode'] as const;

export async function loadFormContext(directory: Directory, dossier: DossierState, seq: number): Promise<FormContext> {
  const event = dossier.timeline.find((entry) => entry.seq === seq);
  if (!event?.actor) throw new Error(`event ${seq} of dossier ${dossier.dossierId} has no actor`);
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
    event: event as ActedEvent,
    body: event.details ?? {},
    unit(code) {
      const unit = units.get(code);
      if (!unit) throw new Error(`unit ${code} is not in the directory`);
      return unit;
    },
    // A user missing from the directory keeps the id the event recorded, as the cover sheet always did.
    userName: (userId) => users.get(userId) ?? userId,
  };
}

/** The latest event of an action recorded before the current one. */
export function lastEventOf(ctx: FormContext, action: ActionId): ActedEvent | undefined {
  return [...ctx.dossier.timeline]
    .reverse()
    .find((entry): entry is ActedEvent => entry.seq < ctx.event.seq && entry.kind === 'action' && entry.action === action && !!entry.actor);
}

export function eventsOf(ctx: FormContext, action: ActionId): ActedEvent[] {
  return ctx.dossier.timeline.filter(
    (entry): entry is ActedEvent => entry.seq < ctx.event.seq && entry.kind === 'action' && entry.action === action && !!entry.actor,
  );
}

/** An earlier event the form cannot do without (the domain's preconditions guarantee it). */
export function requiredEventOf(ctx: FormContext, action: ActionId): ActedEvent {
  const found = lastEventOf(ctx, action);
  if (!found) throw new Error(`dossier ${ctx.dossier.dossierId} has no "${action}" before event ${ctx.event.seq}`);
  return found;
}
