import { Tabs, Typography } from 'antd';
import { OverdueBoard } from './supervision/OverdueBoard';
import { StatsDashboard } from './supervision/StatsDashboard';

/** Giám sát: the overdue board and the figures of the supervisor's area. Reports come in a later issue. */
export function SupervisionScreen() {
  return (
    <>
      <Typography.Title level={1}>Giám sát</Typography.Title>
      <Tabs
        items={[
          { key: 'overdue', label: 'Hồ sơ quá hạn', children: <OverdueBoard /> },
          { key: 'stats', label: 'Thống kê', children: <StatsDashboard /> },
          { key: 'reports', label: 'Báo cáo định kỳ', disabled: true, children: null },
        ]}
      />
    </>
  );
}
