import type { AssignedUnits } from '../domain/dossier/state';

export interface DeadlineNotice {
  dossierId: string;
  code: string;
  kind: 'overdue' | 'reminder';
  step: string;
  deadline: string;
  dueAt: string;
  owner: string;
  units: AssignedUnits;
}

export interface NotifierOptions {
  webhookUrl?: string;
  log?: (line: string) => void;
}

/** Tells the responsible unit and its supervisors; the notice carries codes and dates, never personal data. */
export function createNotificationActivities({ webhookUrl, log = console.log }: NotifierOptions) {
  async function notifyDeadline(notice: DeadlineNotice): Promise<void> {
    log(JSON.stringify({ event: `deadline.${notice.kind}`, ...notice }));
    if (!webhookUrl) return;
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: `deadline.${notice.kind}`, notice }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
  return { notifyDeadline };
}
