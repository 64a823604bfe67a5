import { assignedUnitFor } from '../domain/dossier/jurisdiction';
import type { AssignedUnits } from '../domain/dossier/state';
import type { Role } from '../domain/roles';
import type { UnitTree } from '../store/unit-tree';
import { processLogger } from '../config/logger';

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

/** Where each notice is logged, as one structured event (ids, codes and dates). */
export type NoticeLog = (event: Record<string, unknown>) => void;

export interface NotifierOptions {
  units: UnitTree;
  webhookUrl?: string;
  log?: NoticeLog;
}

/** Tells the responsible unit and its supervisors; the notice carries codes and dates, never personal data. */
export function createNotificationActivities({ units, webhookUrl, log = (event) => processLogger.info(event, 'deadline notice') }: NotifierOptions) {
  async function notifyDeadline(notice: DeadlineNotice): Promise<void> {
    const responsible = assignedUnitFor(notice, notice.owner);
    // The responsible unit first, then every unit above it, whose supervisors follow its deadlines.
    const recipients = responsible ? await units.ancestry(responsible) : [];
    log({ event: `deadline.${notice.kind}`, ...notice, recipients });
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
