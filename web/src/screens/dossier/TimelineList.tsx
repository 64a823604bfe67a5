import { Tag, Timeline, Typography } from 'antd';
import type { Regime } from '../../../../domain/procedure/types';
import { isRole, roleLabels } from '../../../../domain/roles';
import { civilDate, instantDateTime } from '../../format/dates';
import { messages } from '../../i18n';

const t = messages.dossier;

export interface TimelineItem {
  seq: number;
  kind: string;
  action?: string | null;
  actor?: { userId: string; role: string; unitCode: string } | null;
  occurredOn: string;
  recordedAt: string;
  late?: boolean | null;
  /** For a deadline that ran out or went overdue, which one (`deadlineId`). */
  details?: Readonly<Record<string, unknown>> | null;
}

const kindTitles: Readonly<Record<string, string>> = t.eventKinds;

/**
 * Who did what and when, newest first; the legal date, with the moment it was recorded beside it. Units by their
 * official names (`unitNames` of the dossier's answer); a code only for a unit the table does not know.
 */
export function TimelineList({ regime, events, unitNames }: { regime: Regime; events: readonly TimelineItem[]; unitNames: Readonly<Record<string, string>> }) {
  const titleOf = (event: TimelineItem) => {
    const action = event.action ? Object.values(regime.actions).find((rule) => rule.id === event.action) : undefined;
    const kind = kindTitles[event.kind] ?? event.kind;
    // "Quá hạn" alone does not say what: the deadline's own words follow ("Quá hạn: Trả kết quả …").
    const deadline = Object.values(regime.steps)
      .flatMap((step) => step.deadlines)
      .find((rule) => rule.id === event.details?.deadlineId);
    return action?.title ?? (deadline ? `${kind}: ${deadline.description}` : kind);
  };
  return (
    <Timeline
      items={[...events].reverse().map((event) => ({
        key: event.seq,
        color: event.kind === 'overdue' || event.late ? 'red' : event.kind === 'action' || event.kind === 'opened' ? 'blue' : 'gray',
        children: (
          <div className="timeline-event">
            <Typography.Text strong>{titleOf(event)}</Typography.Text> {event.late && <Tag color="red">{t.late}</Tag>}
            <div>
              <time dateTime={event.occurredOn}>{civilDate(event.occurredOn)}</time>
              {event.actor && (
                <Typography.Text type="secondary">
                  {' '}
                  · {isRole(event.actor.role) ? roleLabels[event.actor.role] : event.actor.role}, {unitNames[event.actor.unitCode] ?? event.actor.unitCode}
                </Typography.Text>
              )}
            </div>
            <Typography.Text type="secondary" className="recorded-at">
              {t.recordedAt(instantDateTime(event.recordedAt))}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
