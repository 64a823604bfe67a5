import { Tabs, Typography } from 'antd';
import { useSession } from '../app/session';
import { CalendarEditor } from './admin/CalendarEditor';
import { PlanTargets } from './admin/PlanTargets';
import { UnitBrowser } from './admin/UnitBrowser';

/** Quản trị: the working-day calendar, plan targets and the units. Supervisors see the targets tab only. */
export function AdminScreen() {
  const { user } = useSession();
  const administrator = user?.role === 'administrator';
  return (
    <>
      <Typography.Title level={1}>{administrator ? 'Quản trị' : 'Chỉ tiêu kế hoạch'}</Typography.Title>
      <Tabs
        items={[
          ...(administrator ? [{ key: 'calendar', label: 'Lịch ngày làm việc', children: <CalendarEditor /> }] : []),
          { key: 'targets', label: 'Chỉ tiêu kế hoạch', children: <PlanTargets /> },
          ...(administrator ? [{ key: 'units', label: 'Đơn vị', children: <UnitBrowser /> }] : []),
        ]}
      />
    </>
  );
}
