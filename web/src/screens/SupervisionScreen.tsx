import { Typography } from 'antd';
import { OverdueBoard } from './supervision/OverdueBoard';
import { StatsDashboard } from './supervision/StatsDashboard';
import { messages } from '../i18n';
import { Tabs } from '../ui/Tabs';

const t = messages.supervision;

/** Giám sát: the overdue board and the figures of the supervisor's area. Reports come in a later issue. */
export function SupervisionScreen() {
  return (
    <>
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Tabs
        label={t.title}
        tabs={[
          { key: 'overdue', label: t.overdue, content: <OverdueBoard /> },
          { key: 'stats', label: t.stats, content: <StatsDashboard /> },
          { key: 'reports', label: t.reports, disabled: true },
        ]}
      />
    </>
  );
}
