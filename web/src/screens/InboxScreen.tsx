import { Button, Card, Checkbox, Empty, Grid, Input, List, Skeleton, Space, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { foldVietnamese } from '../../../domain/text/fold';
import { api, dataOf } from '../api/client';
import { messages } from '../i18n';
import { Countdown } from './Countdown';
import { inboxKey, type InboxItem } from './inbox-item';

// The table (desktop only) is the largest component of the first screen: phones never download it.
const InboxTable = lazy(() => import('./InboxTable').then((module) => ({ default: module.InboxTable })));

const t = messages.inbox;

/** Hộp việc: what waits for the signed-in unit, soonest deadline first. */
export function InboxScreen() {
  const screens = Grid.useBreakpoint();
  const [search, setSearch] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const pages = useInfiniteQuery({
    queryKey: ['inbox'],
    queryFn: async ({ pageParam }) => dataOf(await api.GET('/api/v1/inbox', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = useMemo(() => {
    const all = pages.data?.pages.flatMap((page) => page.items) ?? [];
    const folded = foldVietnamese(search.trim());
    return all.filter(
      (item) =>
        (!overdueOnly || item.deadline.overdue) &&
        (!folded || foldVietnamese(item.subject.fullName).includes(folded) || item.code.toLowerCase().includes(folded)),
    );
  }, [pages.data, search, overdueOnly]);
  const filters = (
    <Space wrap>
      <Input.Search allowClear placeholder={t.search} aria-label={t.search} value={search} onChange={(event) => setSearch(event.target.value)} style={{ maxWidth: 420 }} />
      <Checkbox checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)}>
        {t.overdueOnly}
      </Checkbox>
    </Space>
  );
  const more = pages.hasNextPage ? { onClick: () => void pages.fetchNextPage(), loading: pages.isFetchingNextPage } : undefined;

  return (
    <>
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.subtitle}</Typography.Paragraph>
      {filters}
      {screens.md ? (
        <Suspense fallback={<Skeleton active />}>
          <InboxTable items={items} loading={pages.isLoading} more={more} />
        </Suspense>
      ) : (
        <List<InboxItem>
          className="inbox-cards"
          loading={pages.isLoading}
          dataSource={items}
          locale={{ emptyText: <Empty description={t.empty} /> }}
          loadMore={more ? <Button block className="load-more" onClick={more.onClick} loading={more.loading}>{t.loadMore}</Button> : undefined}
          renderItem={(item) => (
            <List.Item key={inboxKey(item)}>
              <Link to={`/ho-so/${item.dossierId}`} className="card-link">
                <Card size="small" title={item.subject.fullName} extra={item.code}>
                  <Countdown dueAt={item.deadline.dueAt} overdue={item.deadline.overdue} workingDaysLeft={item.deadline.workingDaysLeft} overdueWorkingDays={item.deadline.overdueWorkingDays} />
                  <div>{item.deadline.description}</div>
                  <Typography.Text type="secondary">{item.stepTitle}</Typography.Text>
                </Card>
              </Link>
            </List.Item>
          )}
        />
      )}
    </>
  );
}
