import { Tabs, Typography } from 'antd';
import { OverdueBoard } from './supervision/OverdueBoard';
import { StatsDashboard } from './supervision/StatsDashboard';
import { messages } from '../i18n';

const t = messages.supervision;

/** Giám sát: the overdue board and the figures of the supervisor's area. Reports come in a later issue. */
export function SupervisionScreen() {
  return (
    <>
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Tabs
        items={[
          { key: 'overdue', label: t.overdue, children: <OverdueBoard /> },
          { key: 'stats', label: t.stats, children: <StatsDashboard /> },
          { key: 'reports', label: t.reports, disabled: true, children: null },
        ]}
      />
    </>
  );
}
