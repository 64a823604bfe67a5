import { Alert, Card, Descriptions, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ReviewLevelInputSchema } from '../../../../domain/schemas/review-levels';
import { api, ApiProblem, dataOf } from '../../api/client';
import { useSession } from '../../app/session';
import { instantDateTime } from '../../format/dates';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';
import { UnitSelect } from '../../forms/UnitSelect';
import { messages } from '../../i18n';

const t = messages.reviewLevels;

/**
 * Whether a province's dossiers pass a reviewing level before the court (docs/legal/README.md#reviewing-level): none
 * unless a provincial rule requires one, which the administrator names when switching it on.
 */
export function ReviewLevels() {
  const { user } = useSession();
  const queries = useQueryClient();
  const [chosen, setChosen] = useState<string>();
  const province = chosen ?? user?.unitCode ?? '';
  const setting = useQuery({
    queryKey: ['review-level', province],
    queryFn: async () => dataOf(await api.GET('/api/v1/provinces/{code}/review-level', { params: { path: { code: province } } })),
    enabled: province !== '',
  });
  const fields = useMemo(() => fieldsOf(ReviewLevelInputSchema), []);
  const save = useMutation({
    mutationFn: async (body: (typeof ReviewLevelInputSchema)['_output']) =>
      dataOf(await api.PUT('/api/v1/provinces/{code}/review-level', { params: { path: { code: province } }, body })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['review-level'] }),
  });
  const current = setting.data;
  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="review-level-province">{t.province}</label>
        <div style={{ minWidth: 260 }}>
          <UnitSelect id="review-level-province" kind="province" value={province} onChange={setChosen} />
        </div>
      </Space>
      <Alert type="info" showIcon message={t.hint} style={{ marginBottom: 16 }} />
      {current && (
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t.now}><span className={`tag ${current.reviewRequired ? 'tag-orange' : 'tag-green'}`}>{current.reviewRequired ? t.on : t.off}</span></Descriptions.Item>
          {current.legalBasis && <Descriptions.Item label={t.basis}>{current.legalBasis}</Descriptions.Item>}
          {current.updatedAt && <Descriptions.Item label={t.updated}>{`${instantDateTime(current.updatedAt)} — ${current.updatedBy ?? ''}`}</Descriptions.Item>}
        </Descriptions>
      )}
      <SchemaForm
        key={province}
        schema={ReviewLevelInputSchema}
        fields={fields}
        draftKey={`hoso.draft.review-level.${province}`}
        initialBody={{ reviewRequired: current?.reviewRequired ?? false }}
        busy={save.isPending}
        problem={save.error instanceof ApiProblem ? save.error.title : undefined}
        onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: clearDraft })}
      />
    </Card>
  );
}
