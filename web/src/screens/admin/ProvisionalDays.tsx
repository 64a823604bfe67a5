import { Alert, Button, List, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ProvisionalDayConfirmationSchema } from '../../../../domain/schemas/calendar';
import { api, ApiProblem, dataOf } from '../../api/client';
import { civilDate } from '../../format/dates';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';
import { messages } from '../../i18n';

const t = messages.calendar;

/** A day of a year as the calendar API lists it (its free text typed loosely by the generated client). */
interface ListedDay {
  date: string;
  name: unknown;
  status?: string;
  source?: unknown;
}

/**
 * A year's provisional days (announced, with no binding instrument yet): listed apart because deadlines do not count
 * them, each with the "Xác nhận" action that applies it once the administrator names the instrument that gives it.
 */
export function ProvisionalDays({ year, days }: { year: number; days: readonly ListedDay[] }) {
  const queries = useQueryClient();
  const fields = useMemo(() => fieldsOf(ProvisionalDayConfirmationSchema), []);
  const [confirming, setConfirming] = useState<ListedDay>();
  const [confirmed, setConfirmed] = useState<string>();
  const confirm = useMutation({
    mutationFn: async ({ date, entered }: { date: string; entered: unknown }) =>
      dataOf(await api.POST('/api/v1/admin/calendar/{year}/days/{date}/confirm', { params: { path: { year, date } }, body: ProvisionalDayConfirmationSchema.parse(entered) })),
    onSuccess: (result, { date }) => {
      setConfirming(undefined);
      setConfirmed(t.confirmed(civilDate(date), result.dossiersNotified));
      void queries.invalidateQueries();
    },
  });
  const pending = days.filter((day) => day.status === 'provisional');
  if (!pending.length && !confirmed) return null;
  return (
    <>
      {confirmed && <Alert type="success" showIcon message={confirmed} closable style={{ marginBottom: 16 }} />}
      {pending.length > 0 && (
        <List
          header={<Typography.Text strong>{t.provisionalDays}</Typography.Text>}
          footer={<Typography.Text type="secondary">{t.provisionalHint}</Typography.Text>}
          bordered
          style={{ marginBottom: 16 }}
          dataSource={pending}
          renderItem={(day) => (
            <List.Item actions={[<Button key="confirm" onClick={() => setConfirming(day)}>{t.confirmDay}</Button>]}>
              <List.Item.Meta title={`${civilDate(day.date)} — ${String(day.name)}`} description={String(day.source ?? '')} />
            </List.Item>
          )}
        />
      )}
      <Modal open={confirming !== undefined} title={confirming && t.confirmDayTitle(civilDate(confirming.date), String(confirming.name))} footer={null} onCancel={() => setConfirming(undefined)} destroyOnHidden>
        {confirming && (
          <SchemaForm
            schema={ProvisionalDayConfirmationSchema}
            fields={fields}
            draftKey={`hoso.draft.calendar-confirm.${confirming.date}`}
            submitLabel={t.confirmDay}
            busy={confirm.isPending}
            problem={confirm.error instanceof ApiProblem ? confirm.error.title : undefined}
            onSubmit={(entered, clearDraft) => confirm.mutate({ date: confirming.date, entered }, { onSuccess: () => clearDraft() })}
          />
        )}
      </Modal>
    </>
  );
}
