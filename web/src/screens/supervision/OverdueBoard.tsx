import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, ApiProblem, dataOf, fetchBlob, jsonOnly } from '../../api/client';
import { instantDate } from '../../format/dates';
import { messages } from '../../i18n';

const t = messages.supervision;

/** The deadlines past due in the supervisor's area, most overdue first: a code and a unit, never a person's name. */
export function OverdueBoard() {
  const pages = useInfiniteQuery({
    queryKey: ['overdue'],
    queryFn: async ({ pageParam }) => jsonOnly(dataOf(await api.GET('/api/v1/overdue', { params: { query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } } }))),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <ExportButton path="/api/v1/overdue?format=csv" fileName="ho-so-qua-han.csv" label={t.csv} />
        <ExportButton path="/api/v1/overdue?format=xlsx" fileName="ho-so-qua-han.xlsx" label={t.xlsx} />
      </Space>
      {/* A board that could not be read says so, rather than that nothing is overdue. */}
      {pages.isError && <Alert type="error" showIcon message={pages.error instanceof ApiProblem ? pages.error.title : messages.errors.network} style={{ marginBottom: 12 }} />}
      <List
        loading={pages.isLoading}
        dataSource={items}
        locale={{ emptyText: pages.isError ? <Empty description={messages.errors.unexpected} /> : <Empty description={t.noOverdue} /> }}
        loadMore={pages.hasNextPage ? <Button block onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>{messages.inbox.loadMore}</Button> : undefined}
        renderItem={(item) => (
          <List.Item key={`${item.dossierId}:${item.deadlineId}`}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Link to={`/ho-so/${item.dossierId}`} className="overdue-code">{item.code}</Link>
                  {/* In working days, as the dossier page counts; the elapsed time beside it. */}
                  <Tag color="red">{item.overdueWorkingDays > 0 ? messages.countdown.overdue(item.overdueWorkingDays) : item.overdueBy.text}</Tag>
                  {item.overdueWorkingDays > 0 && <Typography.Text type="secondary" className="elapsed">({item.overdueBy.text})</Typography.Text>}
                </Space>
              }
              description={
                <>
                  <div>{item.deadline}</div>
                  <Typography.Text type="secondary">
                    {item.unit.name} · {item.commune.name} · {item.stepTitle} · {t.due(instantDate(item.dueAt))}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}

/** Downloads an export with the bearer, under a Vietnamese file name. */
export function ExportButton({ path, fileName, label }: { path: string; fileName: string; label: string }) {
  const download = async () => {
    const { blob, fileName: given } = await fetchBlob(path);
    const url = URL.createObjectURL(blob);
    Object.assign(document.createElement('a'), { href: url, download: given ?? fileName }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download()}>
      {label}
    </Button>
  );
}
