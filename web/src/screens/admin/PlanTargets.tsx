import { Button, Card, Drawer, InputNumber, List, Space, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { PlanTargetBodySchema } from '../../../../domain/schemas/supervision';
import { api, ApiProblem, dataOf } from '../../api/client';
import { useSession } from '../../app/session';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';
import { UnitSelect } from '../../forms/UnitSelect';
import { messages } from '../../i18n';

const t = messages.planTargets;

/** Plan targets (chỉ tiêu) of a unit for a year, set by its province's supervisor or an administrator. */
export function PlanTargets() {
  const { user } = useSession();
  const queries = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [unitCode, setUnitCode] = useState<string>();
  const [editing, setEditing] = useState(false);
  const unit = unitCode ?? user?.unitCode ?? '';
  const targets = useQuery({
    queryKey: ['plan-targets', unit, year],
    queryFn: async () => dataOf(await api.GET('/api/v1/plan-targets', { params: { query: { unit, year } } })).items,
  });
  const fields = useMemo(() => fieldsOf(PlanTargetBodySchema), []);
  const mine = (targets.data ?? []).filter((target) => target.unit.code === unit);
  const initialBody = {
    targets: Object.fromEntries(mine.map((target) => [target.metric, target.target])),
    ...(mine[0]?.note ? { note: mine[0].note } : {}),
  };
  const save = useMutation({
    mutationFn: async (body: (typeof PlanTargetBodySchema)['_output']) =>
      dataOf(await api.PUT('/api/v1/plan-targets/{unitCode}/{year}', { params: { path: { unitCode: unit, year } }, body })),
    onSuccess: () => {
      setEditing(false);
      void queries.invalidateQueries({ queryKey: ['plan-targets'] });
    },
  });
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="plan-target-unit">{t.unit}</label>
        <div style={{ minWidth: 260 }}>
          <UnitSelect id="plan-target-unit" kind="province" value={unit} onChange={setUnitCode} />
        </div>
        <label htmlFor="plan-target-year">{t.year}</label>
        <InputNumber id="plan-target-year" min={2000} max={2100} controls={false} value={year} onChange={(value) => value && setYear(value)} />
        <Button type="primary" onClick={() => setEditing(true)}>
          {t.enter}
        </Button>
      </Space>
      <List
        loading={targets.isLoading}
        dataSource={targets.data ?? []}
        locale={{ emptyText: <span className="secondary">{t.none}</span> }}
        renderItem={(target) => (
          <List.Item key={`${target.unit.code}:${target.metric}`}>
            <List.Item.Meta title={target.unit.name} description={target.note ?? undefined} />
            <Tag color="blue">
              {t.metrics[target.metric]}: {target.target}
            </Tag>
          </List.Item>
        )}
      />
      <Drawer open={editing} onClose={() => setEditing(false)} title={t.ofYear(year)} destroyOnHidden>
        <SchemaForm
          schema={PlanTargetBodySchema}
          fields={fields}
          draftKey={`hoso.draft.plan.${unit}.${year}`}
          initialBody={initialBody}
          busy={save.isPending}
          problem={save.error instanceof ApiProblem ? save.error.title : undefined}
          onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: clearDraft })}
        />
      </Drawer>
    </Card>
  );
}
