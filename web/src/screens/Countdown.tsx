import { instantDate } from '../format/dates';
import { messages } from '../i18n';

/**
 * A deadline as a countdown in working days when the API gives one ("còn 2 ngày làm việc"), red once it has passed
 * ("quá hạn 3 ngày làm việc"); its date beside it.
 */
export function Countdown({ dueAt, overdue, workingDaysLeft, overdueWorkingDays }: { dueAt: string; overdue: boolean; workingDaysLeft?: number | null; overdueWorkingDays?: number | null }) {
  const counted = workingDaysLeft !== undefined && workingDaysLeft !== null;
  // Past its day even before hoso has flagged it overdue: an action's answer, given before the deadline's timer fires.
  const late = overdue || (overdueWorkingDays !== undefined && overdueWorkingDays !== null);
  const label = late ? messages.countdown.overdue(overdueWorkingDays ?? 0) : counted ? messages.countdown.left(workingDaysLeft) : undefined;
  const tone = late ? 'red' : counted && workingDaysLeft <= 1 ? 'orange' : 'blue';
  return (
    <span className="countdown">
      {label && <span className={`tag tag-${tone}`}>{label}</span>}
      <time dateTime={dueAt}>{instantDate(dueAt)}</time>
    </span>
  );
}
