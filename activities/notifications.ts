import { assignedUnitFor } from '../domain/dossier/jurisdiction';
import type { AssignedUnits } from '../domain/dossier/state';
import type { Role } from '../domain/roles';
import type { UnitTree } from '../store/unit-tree';

export interface DeadlineNotice {
  dossierId: string;
  code: string;
  kind: 'overdue' | 'reminder';
  step: string;
  deadline: string;
  dueAt: string;
  owner: Role;
  units: AssignedUnits;
}

export interface NotifierOptions {
  units: UnitTree;
  webhookUrl?: string;
  log?: (line: string) => void;
}

/** Tells the responsible unit and its supervisors; the notice carries codes and dates, never personal data. */
export function createNotificationActivities({ units, webhookUrl, log = console.log }: NotifierOptions) {
  async function notifyDeadline(notice: DeadlineNotice): Promise<void> {
    const responsible = assignedUnitFor(notice, notice.owner);
    // The responsible unit first, then every unit above it, whose supervisors follow its deadlines.
    const recipients = responsible ? await units.ancestry(responsible) : [];
    log(JSON.stringify({ event: `deadline.${notice.kind}`, ...notice, recipients }));
    if (!webhookUrl) return;
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: `deadline.${notice.kind}`, notice, recipients }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
  return { notifyDeadline };
}
