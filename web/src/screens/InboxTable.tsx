import { Button, Empty, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { messages } from '../i18n';
import { Countdown } from './Countdown';
import { inboxKey, type InboxItem } from './inbox-item';

const t = messages.inbox;

/** The inbox as a table, on screens wide enough for one. */
export function InboxTable({ items, loading, more }: { items: InboxItem[]; loading: boolean; more: { onClick(): void; loading: boolean } | undefined }) {
  return (
    <Table<InboxItem>
      className="inbox-table"
      rowKey={inboxKey}
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: <Empty description={t.empty} /> }}
      columns={[
        { title: t.due, key: 'due', render: (_, item) => <Countdown dueAt={item.deadline.dueAt} overdue={item.deadline.overdue} workingDaysLeft={item.deadline.workingDaysLeft} overdueWorkingDays={item.deadline.overdueWorkingDays} /> },
        { title: t.code, key: 'code', render: (_, item) => <Link to={`/ho-so/${item.dossierId}`}>{item.code}</Link> },
        { title: t.person, key: 'person', render: (_, item) => <Link to={`/ho-so/${item.dossierId}`}>{item.subject.fullName}</Link> },
        { title: t.task, key: 'task', render: (_, item) => item.deadline.description },
        { title: t.step, key: 'step', dataIndex: 'stepTitle' },
        { title: t.assignedTo, key: 'assigned', render: () => <Typography.Text type="secondary">{t.unassigned}</Typography.Text> },
      ]}
      footer={more ? () => <Button type="link" onClick={more.onClick} loading={more.loading}>{t.loadMore}</Button> : undefined}
    />
  );
}
