import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Input, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { agencyKinds, AgencyEditSchema, AgencyInputSchema, unitKinds, type AgencyEdit, type AgencyInput, type Unit } from '../../../../domain/schemas/units';
import { api, ApiProblem, dataOf } from '../../api/client';
import { useSession } from '../../app/session';
import { civilDate } from '../../format/dates';
import { fieldsOf } from '../../forms/fields';
import { SchemaForm } from '../../forms/SchemaForm';
import { messages } from '../../i18n';
import { useWide } from '../../ui/use-wide';

const t = messages.units;

type UnitKind = (typeof unitKinds)[number];

const kindLabels: Readonly<Record<UnitKind, string>> = t.kinds;

const isAgency = (unit: Unit) => !unit.official && (agencyKinds as readonly string[]).includes(unit.kind);

/**
 * The administrative units (GSO names and codes) and the agencies, searchable without diacritics. Administrators add
 * agencies and edit their names and the days they act; the official units are the GSO's, and stay as it lists them.
 */
export function UnitBrowser() {
  const { user } = useSession();
  const administrator = user?.role === 'administrator';
  const [kind, setKind] = useState<UnitKind>('province');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Unit | 'new'>();
  const [notice, setNotice] = useState<string>();
  // Agencies and districts that no longer act are listed too: dossiers of the 2022 regime still name them.
  const includeAbolished = kind !== 'province' && kind !== 'commune';
  const units = useQuery({
    queryKey: ['units', kind, q, 'browse'],
    queryFn: async () =>
      dataOf(await api.GET('/api/v1/units', { params: { query: { kind, limit: 200, ...(q ? { q } : {}), ...(includeAbolished ? { includeAbolished: 'true' as const } : {}) } } }))
        .items,
  });
  const openForm = (what: Unit | 'new') => {
    setNotice(undefined);
    setEditing(what);
  };
  const wide = useWide();
  const kindOptions = unitKinds.map((value) => ({ value, label: kindLabels[value] }));
  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }}>
        {/* Eight kinds do not fit a phone's width side by side: there, a list to pick from. */}
        {wide ? (
          <Segmented<UnitKind> value={kind} onChange={setKind} options={kindOptions} style={{ maxWidth: '100%', overflowX: 'auto' }} />
        ) : (
          <Select<UnitKind> aria-label={t.kind} value={kind} onChange={setKind} options={kindOptions} style={{ width: '100%' }} />
        )}
        {/* The search button named in Vietnamese: Ant Design's would be read out as its icon's name, "search". */}
        <Input.Search allowClear placeholder={t.searchPlaceholder} aria-label={t.search} onSearch={setQ} enterButton={<Button icon={<SearchOutlined aria-hidden />} aria-label={t.search} />} />
        {administrator && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => openForm('new')}>
            {t.add}
          </Button>
        )}
        {notice && <Alert type="success" showIcon role="status" message={notice} closable onClose={() => setNotice(undefined)} />}
        <List
          loading={units.isLoading}
          dataSource={units.data ?? []}
          renderItem={(unit) => (
            <List.Item
              key={unit.code}
              actions={
                administrator && isAgency(unit)
                  ? [
                      <Button key="edit" size="small" icon={<EditOutlined aria-hidden />} aria-label={`${t.edit}: ${unit.name}`} onClick={() => openForm(unit)}>
                        {t.edit}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta title={unit.name} description={<Typography.Text type="secondary">{unit.code}{unit.divisionType ? ` · ${unit.divisionType}` : ''}</Typography.Text>} />
              <Space wrap size={4}>
                {unit.validFrom && !unit.official && <Tag>{t.from(civilDate(unit.validFrom))}</Tag>}
                {unit.validTo && <Tag>{t.dissolvedOn(civilDate(unit.validTo))}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Space>
      <Drawer
        open={editing !== undefined}
        title={editing === 'new' ? t.addTitle : editing ? t.editTitle(editing.name) : undefined}
        size={wide ? 560 : '100vw'}
        onClose={() => setEditing(undefined)}
        destroyOnHidden
      >
        {editing === 'new' && (
          <AgencyForm
            onSaved={(saved) => {
              setEditing(undefined);
              setNotice(t.added(saved.name));
            }}
          />
        )}
        {editing && editing !== 'new' && (
          <AgencyForm
            unit={editing}
            onSaved={(saved) => {
              setEditing(undefined);
              setNotice(t.saved(saved.name));
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}

/** A new agency (`POST /api/v1/units`), or one being edited (`PATCH`): the shared schemas of domain/schemas/units.ts. */
function AgencyForm({ unit, onSaved }: { unit?: Unit; onSaved: (saved: Unit) => void }) {
  const queries = useQueryClient();
  const createFields = useMemo(() => fieldsOf(AgencyInputSchema), []);
  const editFields = useMemo(() => fieldsOf(AgencyEditSchema), []);
  const save = useMutation({
    mutationFn: async (body: AgencyInput | AgencyEdit) => {
      if (!unit) return dataOf(await api.POST('/api/v1/units', { body: AgencyInputSchema.parse(body) }));
      // The form holds the agency whole: a date left empty clears the one it had.
      const edit = AgencyEditSchema.parse(body);
      return dataOf(
        await api.PATCH('/api/v1/units/{code}', {
          params: { path: { code: unit.code } },
          body: { name: edit.name, parentCode: edit.parentCode, validFrom: edit.validFrom ?? null, validTo: edit.validTo ?? null },
        }),
      );
    },
    onSuccess: (saved) => {
      void queries.invalidateQueries({ queryKey: ['units'] });
      onSaved(saved);
    },
  });
  const problem = save.error instanceof ApiProblem ? save.error.title : save.error ? messages.errors.unexpected : undefined;
  return (
    <>
      <Alert type="info" showIcon message={t.agencyHint} style={{ marginBottom: 16 }} />
      {unit ? (
        <SchemaForm
          schema={AgencyEditSchema}
          fields={editFields}
          draftKey={`hoso.draft.unit.${unit.code}`}
          initialBody={{ name: unit.name, parentCode: unit.parentCode ?? '', ...(unit.validFrom ? { validFrom: unit.validFrom } : {}), ...(unit.validTo ? { validTo: unit.validTo } : {}) }}
          submitLabel={t.save}
          busy={save.isPending}
          problem={problem}
          onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: clearDraft })}
        />
      ) : (
        <SchemaForm
          schema={AgencyInputSchema}
          fields={createFields}
          draftKey="hoso.draft.unit.new"
          submitLabel={t.add}
          busy={save.isPending}
          problem={problem}
          onSubmit={(body, clearDraft) => save.mutate(body, { onSuccess: clearDraft })}
        />
      )}
    </>
  );
}
