import { Tabs, Typography } from 'antd';
import { useSession } from '../app/session';
import { CalendarEditor } from './admin/CalendarEditor';
import { PlanTargets } from './admin/PlanTargets';
import { UnitBrowser } from './admin/UnitBrowser';
import { messages } from '../i18n';

const t = messages.admin;

/** Quản trị: the working-day calendar, plan targets and the units. Supervisors see the targets tab only. */
export function AdminScreen() {
  const { user } = useSession();
  const administrator = user?.role === 'administrator';
  return (
    <>
      <Typography.Title level={1}>{administrator ? t.title : t.targets}</Typography.Title>
      <Tabs
        items={[
          ...(administrator ? [{ key: 'calendar', label: t.calendar, children: <CalendarEditor /> }] : []),
          { key: 'targets', label: t.targets, children: <PlanTargets /> },
          ...(administrator ? [{ key: 'units', label: t.units, children: <UnitBrowser /> }] : []),
        ]}
      />
    </>
  );
}
