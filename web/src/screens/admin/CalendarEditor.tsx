import { Alert, Card, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { CalendarYearSchema } from '../../../../domain/schemas/calendar';
import { api, ApiProblem, dataOf, postJson, problemOf } from '../../api/client';
import { instantDateTime } from '../../format/dates';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';

/**
 * The working-day calendar, one year at a time, as the Government announces it. Before a change is saved, the
 * editor says how many running deadlines it would move, in how many dossiers.
 */
export function CalendarEditor() {
  const queries = useQueryClient();
  const [modal, modalHolder] = Modal.useModal();
  const calendar = useQuery({ queryKey: ['calendar'], queryFn: async () => dataOf(await api.GET('/api/v1/admin/calendar')) });
  const years = (calendar.data?.years ?? []).map((year) => year.year);
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? years.at(-1);
  const current = calendar.data?.years.find((candidate) => candidate.year === year);
  const fields = useMemo(() => fieldsOf(CalendarYearSchema), []);
  const [saved, setSaved] = useState<string>();
  const save = useMutation({
    mutationFn: async (body: unknown) => {
      const preview = await postJson(`/api/v1/admin/calendar/${year}/preview`, body);
      if (!preview.response.ok) throw problemOf(preview.response, preview.body);
      const moved = Number(Reflect.get(Object(preview.body), 'deadlinesMoved') ?? 0);
      const dossiers = Number(Reflect.get(Object(preview.body), 'dossiers') ?? 0);
      const confirmed = await modal.confirm({
        title: `Lưu lịch năm ${year}?`,
        content: moved ? `Thay đổi này dời ${moved} thời hạn đang chạy của ${dossiers} hồ sơ. Mỗi hồ sơ sẽ ghi nhận việc tính lại.` : 'Thay đổi này không dời thời hạn nào đang chạy.',
        okText: 'Lưu',
        cancelText: 'Hủy',
      });
      if (!confirmed) return undefined;
      return dataOf(await api.PUT('/api/v1/admin/calendar/{year}', { params: { path: { year: year ?? 0 } }, body: CalendarYearSchema.parse(body) }));
    },
    onSuccess: (result) => {
      if (!result) return;
      setSaved(`Đã lưu. ${result.dossiersNotified} hồ sơ đang chạy đã nhận lịch mới.`);
      void queries.invalidateQueries();
    },
  });
  return (
    <Card>
      {modalHolder}
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>Năm</Typography.Text>
        <Select aria-label="Năm" value={year} onChange={setChosen} options={years.map((value) => ({ value, label: String(value) }))} style={{ width: 120 }} />
        {current && 'updatedAt' in current && typeof current.updatedAt === 'string' && <Typography.Text type="secondary">Cập nhật {instantDateTime(current.updatedAt)}</Typography.Text>}
      </Space>
      {saved && <Alert type="success" showIcon message={saved} closable style={{ marginBottom: 16 }} />}
      {current && (
        <SchemaForm
          key={year}
          schema={CalendarYearSchema}
          fields={fields}
          draftKey={`hoso.draft.calendar.${year}`}
          initialBody={current}
          submitLabel="Xem trước và lưu"
          busy={save.isPending}
          problem={save.error instanceof ApiProblem ? save.error.title : undefined}
          onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: (result) => result && clearDraft() })}
        />
      )}
    </Card>
  );
}
