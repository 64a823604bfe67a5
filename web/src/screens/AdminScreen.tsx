import { Typography } from 'antd';
import { useSession } from '../app/session';
import { CalendarEditor } from './admin/CalendarEditor';
import { PlanTargets } from './admin/PlanTargets';
import { ReviewLevels } from './admin/ReviewLevels';
import { UnitBrowser } from './admin/UnitBrowser';
import { messages } from '../i18n';
import { Tabs } from '../ui/Tabs';

const t = messages.admin;

/** Quản trị: the working-day calendar, plan targets, the units and the provinces' reviewing levels. Supervisors see the targets tab only. */
export function AdminScreen() {
  const { user } = useSession();
  const administrator = user?.role === 'administrator';
  return (
    <>
      <Typography.Title level={1}>{administrator ? t.title : t.targets}</Typography.Title>
      <Tabs
        label={administrator ? t.title : t.targets}
        tabs={[
          ...(administrator ? [{ key: 'calendar', label: t.calendar, content: <CalendarEditor /> }] : []),
          { key: 'targets', label: t.targets, content: <PlanTargets /> },
          ...(administrator ? [{ key: 'units', label: t.units, content: <UnitBrowser /> }] : []),
          ...(administrator ? [{ key: 'review-levels', label: t.reviewLevels, content: <ReviewLevels /> }] : []),
        ]}
      />
    </>
  );
}
