import { Checkbox, Empty, Grid, Input, Skeleton, Space, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { foldVietnamese } from '../../../domain/text/fold';
import { api, dataOf } from '../api/client';
import { messages } from '../i18n';
import { InboxCards, InboxTable } from './InboxTable';

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
      {pages.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t.empty} />
      ) : screens.md ? (
        <InboxTable items={items} more={more} />
      ) : (
        <InboxCards items={items} more={more} />
      )}
    </>
  );
}
