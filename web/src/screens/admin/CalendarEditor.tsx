import { Alert, Card, Modal, Select, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { civilDateAt } from '../../../../domain/calendar/civil-date';
import { statutoryYear } from '../../../../domain/calendar/statutory-year';
import { CalendarYearSchema } from '../../../../domain/schemas/calendar';
import { api, ApiProblem, dataOf } from '../../api/client';
import { instantDateTime } from '../../format/dates';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';
import { messages } from '../../i18n';
import { ProvisionalDays } from './ProvisionalDays';

const t = messages.calendar;

/**
 * The working-day calendar, one year at a time, as the Government announces it. Before a change is saved, the
 * editor says how many running deadlines it would move, in how many dossiers.
 */
export function CalendarEditor() {
  const queries = useQueryClient();
  const [modal, modalHolder] = Modal.useModal();
  const calendar = useQuery({ queryKey: ['calendar'], queryFn: async () => dataOf(await api.GET('/api/v1/admin/calendar')) });
  const savedYears = calendar.data?.years ?? [];
  // This year and the next can be entered even before anyone saved them (the Government announces a year's schedule
  // late in the year before): they start from the schedule the statutory rule gives, marked statutory.
  const thisYear = Number(civilDateAt(new Date()).slice(0, 4));
  const years = calendar.data ? [...new Set([...savedYears.map((year) => year.year), thisYear, thisYear + 1])].sort((a, b) => a - b) : [];
  const [chosen, setChosen] = useState<number>();
  const year = chosen ?? savedYears.at(-1)?.year;
  const current = useMemo(
    () => calendar.data?.years.find((candidate) => candidate.year === year) ?? (calendar.data && year !== undefined ? { ...statutoryYear(year) } : undefined),
    [calendar.data, year],
  );
  const fields = useMemo(() => fieldsOf(CalendarYearSchema), []);
  const [saved, setSaved] = useState<string>();
  const save = useMutation({
    mutationFn: async (entered: unknown) => {
      const body = CalendarYearSchema.parse(entered);
      const path = { year: year ?? 0 };
      const preview = dataOf(await api.POST('/api/v1/admin/calendar/{year}/preview', { params: { path }, body }));
      const confirmed = await modal.confirm({
        title: t.confirmTitle(path.year),
        content: t.moves(preview.deadlinesMoved, preview.dossiers),
        okText: t.save,
        cancelText: messages.form.cancel,
      });
      if (!confirmed) return undefined;
      return dataOf(await api.PUT('/api/v1/admin/calendar/{year}', { params: { path }, body }));
    },
    onSuccess: (result) => {
      if (!result) return;
      setSaved(t.saved(result.dossiersNotified));
      void queries.invalidateQueries();
    },
  });
  return (
    <Card>
      {modalHolder}
      <Space wrap style={{ marginBottom: 16 }}>
        <Typography.Text>{t.year}</Typography.Text>
        <Select aria-label={t.year} value={year} onChange={setChosen} options={years.map((value) => ({ value, label: String(value) }))} style={{ width: 120 }} />
        {current && 'updatedAt' in current && typeof current.updatedAt === 'string' && <Typography.Text type="secondary">{t.updatedAt(instantDateTime(current.updatedAt))}</Typography.Text>}
      </Space>
      {saved && <Alert type="success" showIcon message={saved} closable style={{ marginBottom: 16 }} />}
      {current && year !== undefined && <ProvisionalDays key={year} year={year} days={[...current.daysOff, ...current.workingWeekendDays]} />}
      {current && (
        <SchemaForm
          key={year}
          schema={CalendarYearSchema}
          fields={fields}
          draftKey={`hoso.draft.calendar.${year}`}
          initialBody={current}
          submitLabel={t.previewAndSave}
          busy={save.isPending}
          problem={save.error instanceof ApiProblem ? save.error.title : undefined}
          onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: (result) => result && clearDraft() })}
        />
      )}
    </Card>
  );
}
