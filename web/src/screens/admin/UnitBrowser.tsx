import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Input, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { unitKinds } from '../../../../domain/schemas/units';
import { api, dataOf } from '../../api/client';
import { civilDate } from '../../format/dates';
import { messages } from '../../i18n';
import { useWide } from '../../ui/use-wide';

const t = messages.units;

type UnitKind = (typeof unitKinds)[number];

const kindLabels: Readonly<Record<UnitKind, string>> = t.kinds;

/** The administrative units (GSO names and codes) and the agencies, searchable without diacritics. */
export function UnitBrowser() {
  const [kind, setKind] = useState<UnitKind>('province');
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['units', kind, q, 'browse'],
    queryFn: async () => dataOf(await api.GET('/api/v1/units', { params: { query: { kind, limit: 200, ...(q ? { q } : {}) } } })).items,
  });
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
        <List
          loading={units.isLoading}
          dataSource={units.data ?? []}
          renderItem={(unit) => (
            <List.Item key={unit.code}>
              <List.Item.Meta title={unit.name} description={<Typography.Text type="secondary">{unit.code}{unit.divisionType ? ` · ${unit.divisionType}` : ''}</Typography.Text>} />
              {unit.validTo && <Tag>{t.dissolvedOn(civilDate(unit.validTo))}</Tag>}
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
