import { Alert, Button, Drawer, Grid, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { actionBodySchemas, unitReferences } from '../../../../domain/schemas/actions';
import { DossierViewSchema } from '../../../../domain/schemas/dossier-view';
import { actionIds, type ActionId } from '../../../../domain/procedure/types';
import { useSignedInUser } from '../../app/session';
import { ApiProblem } from '../../api/client';
import { fieldsOf, type Field } from '../../forms/fields';
import { unitsQuery } from '../../forms/UnitSelect';
import { SchemaForm } from '../../forms/SchemaForm';
import { messages } from '../../i18n';
import { sendAction, type SeenDossier } from './send-action';

const t = messages.dossier;

export interface AvailableAction {
  action: string;
  title: string;
}

const isActionId = (value: string): value is ActionId => (actionIds as readonly string[]).includes(value);

/** The actions the signed-in user may take now, each opening its form; nothing else is offered. */
export function ActionPanel({ dossierId, code, seen, actions }: { dossierId: string; code: string; seen: SeenDossier; actions: readonly AvailableAction[] }) {
  const [chosen, setChosen] = useState<AvailableAction & { action: ActionId }>();
  const screens = Grid.useBreakpoint();
  const queries = useQueryClient();
  const { userId } = useSignedInUser();
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string }>();
  const fields = useMemo(() => (chosen ? fieldsOf(actionBodySchemas[chosen.action], unitReferences) : []), [chosen]);
  const acting = useMutation({
    mutationFn: ({ action, body, title }: { action: ActionId; body: unknown; title: string }) => sendAction(userId, dossierId, action, body, `${title} (${code})`, seen),
    onSuccess: (result) => {
      setNotice({ type: 'success', text: result.sent ? messages.form.sent : messages.form.queued });
      setChosen(undefined);
      // The answer is the dossier as the action left it: shown at once, without reading it again. Its forms are
      // issued after the answer, so the documents are read again either way.
      const fresh = result.sent ? DossierViewSchema.safeParse(result.body) : undefined;
      if (fresh?.success && result.sent) {
        queries.setQueryData(['dossier', dossierId], { view: fresh.data, etag: result.response.headers.get('etag') ?? undefined });
        void queries.invalidateQueries({ queryKey: ['dossier', dossierId, 'documents'] });
      } else {
        void queries.invalidateQueries({ queryKey: ['dossier', dossierId] });
      }
    },
    onError: (error) => {
      // Someone acted first: close the form, say so beside the actions, and show the dossier as it is now.
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 412)) {
        setChosen(undefined);
        setNotice({ type: 'error', text: error.status === 412 ? messages.form.stale : error.title });
        void queries.invalidateQueries({ queryKey: ['dossier', dossierId] });
      }
    },
  });
  // The units the forms offered now will ask for, read while the connection is there: a form opened offline still
  // lists them, and its action waits in the outbox.
  const offered = useMemo(() => actions.filter((action): action is AvailableAction & { action: ActionId } => isActionId(action.action)), [actions]);
  useEffect(() => {
    const kinds = new Set(offered.flatMap((offer) => unitKindsOf(fieldsOf(actionBodySchemas[offer.action], unitReferences))));
    for (const kind of kinds) void queries.prefetchQuery(unitsQuery(kind));
  }, [offered, queries]);
  const problem = acting.error instanceof ApiProblem ? acting.error.title : acting.error ? messages.errors.unexpected : undefined;
  return (
    <section aria-labelledby="actions-title">
      <Typography.Title level={2} id="actions-title">
        {t.actions}
      </Typography.Title>
      {notice && <Alert type={notice.type} role={notice.type === 'error' ? 'alert' : 'status'} showIcon message={notice.text} closable onClose={() => setNotice(undefined)} style={{ marginBottom: 12 }} />}
      {offered.length ? (
        <Space wrap>
          {offered.map((action) => (
            <Button
              key={action.action}
              type="primary"
              ghost
              onClick={() => {
                acting.reset();
                setNotice(undefined);
                setChosen(action);
              }}
            >
              {action.title}
            </Button>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t.noActions}</Typography.Text>
      )}
      <Drawer open={!!chosen} title={chosen?.title} size={screens.md ? 560 : '100vw'} onClose={() => setChosen(undefined)} destroyOnHidden>
        {chosen && (
          <SchemaForm
            schema={actionBodySchemas[chosen.action]}
            fields={fields}
            draftKey={`hoso.draft.${dossierId}.${chosen.action}`}
            busy={acting.isPending}
            problem={problem}
            onSubmit={(body, clearDraft) => acting.mutate({ action: chosen.action, body, title: chosen.title }, { onSuccess: clearDraft })}
          />
        )}
      </Drawer>
    </section>
  );
}

/** The kinds of unit a form's fields pick, its nested groups' included. */
function unitKindsOf(fields: readonly Field[]): Array<Extract<Field, { kind: 'unit' }>['unitKind']> {
  return fields.flatMap((field) => (field.kind === 'unit' ? [field.unitKind] : 'fields' in field ? unitKindsOf(field.fields) : []));
}
