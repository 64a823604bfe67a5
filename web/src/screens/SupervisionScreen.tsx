import { Typography } from 'antd';
import { useSignedInUser } from '../app/session';
import { OverdueBoard } from './supervision/OverdueBoard';
import { StatsDashboard } from './supervision/StatsDashboard';
import { messages } from '../i18n';
import { Tabs } from '../ui/Tabs';

const t = messages.supervision;

/**
 * Giám sát: the overdue board and the figures of the supervisor's area; administrators see the figures only, as the
 * access table grants them (domain/access.ts). Reports come in a later issue.
 */
export function SupervisionScreen() {
  const { role } = useSignedInUser();
  return (
    <>
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Tabs
        label={t.title}
        tabs={[
          ...(role === 'administrator' ? [] : [{ key: 'overdue', label: t.overdue, content: <OverdueBoard /> }]),
          { key: 'stats', label: t.stats, content: <StatsDashboard /> },
          { key: 'reports', label: t.reports, disabled: true },
        ]}
      />
    </>
  );
}
