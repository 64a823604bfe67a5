import { Tag } from 'antd';
import { instantDate } from '../format/dates';
import { messages } from '../i18n';

/**
 * A deadline as a countdown in working days when the API gives one ("còn 2 ngày làm việc"), red once it has passed
 * ("quá hạn 3 ngày làm việc"); its date beside it.
 */
export function Countdown({ dueAt, overdue, workingDaysLeft, overdueWorkingDays }: { dueAt: string; overdue: boolean; workingDaysLeft?: number | null; overdueWorkingDays?: number | null }) {
  const label = overdue
    ? messages.countdown.overdue(overdueWorkingDays ?? 0)
    : workingDaysLeft !== undefined && workingDaysLeft !== null
      ? messages.countdown.left(workingDaysLeft)
      : undefined;
  return (
    <span className="countdown">
      {label && <Tag color={overdue ? 'red' : workingDaysLeft !== undefined && workingDaysLeft !== null && workingDaysLeft <= 1 ? 'orange' : 'blue'}>{label}</Tag>}
      <time dateTime={dueAt}>{instantDate(dueAt)}</time>
    </span>
  );
}
