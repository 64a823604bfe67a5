import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { foldVietnamese } from '../../../domain/text/fold';
import { api, dataOf } from '../api/client';
import { loadScreens } from '../app/load-screens';
import { messages } from '../i18n';
import { useWide } from '../ui/use-wide';
import { InboxCards, InboxTable, MoreButton } from './InboxTable';

const t = messages.inbox;

/** Hộp việc: what waits for the signed-in unit, soonest deadline first. */
export function InboxScreen() {
  const wide = useWide();
  const [search, setSearch] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const pages = useInfiniteQuery({
    queryKey: ['inbox'],
    queryFn: async ({ pageParam }) => dataOf(await api.GET('/api/v1/inbox', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  // Once the inbox is on screen, the dossier pages' code comes down in the background.
  useEffect(() => {
    if (pages.isSuccess) void loadScreens();
  }, [pages.isSuccess]);
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
    <div className="filters" role="search">
      <input type="search" className="input search" placeholder={t.search} aria-label={t.search} value={search} onChange={(event) => setSearch(event.target.value)} />
      <label className="check">
        <input type="checkbox" checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)} />
        <span>{t.overdueOnly}</span>
      </label>
    </div>
  );
  const more = pages.hasNextPage ? { onClick: () => void pages.fetchNextPage(), loading: pages.isFetchingNextPage } : undefined;

  return (
    <>
      <h1 className="page-title">{t.title}</h1>
      <p className="secondary">{t.subtitle}</p>
      {filters}
      {pages.isLoading ? (
        <div className="loading" role="status" aria-live="polite">
          {messages.loading}
        </div>
      ) : pages.isError ? (
        <p className="error-text" role="alert">
          {messages.errors.network}
        </p>
      ) : items.length === 0 ? (
        // A filter reads only the pages loaded so far: what it looks for may be on the next one.
        <>
          <p className="empty">{search.trim() || overdueOnly ? t.noMatch : t.empty}</p>
          {more && <MoreButton more={more} />}
        </>
      ) : wide ? (
        <InboxTable items={items} more={more} />
      ) : (
        <InboxCards items={items} more={more} />
      )}
    </>
  );
}
