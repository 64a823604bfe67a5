import { Card, Input, List, Segmented, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { unitKinds } from '../../../../domain/schemas/units';
import { api, dataOf } from '../../api/client';
import { civilDate } from '../../format/dates';

type UnitKind = (typeof unitKinds)[number];

const kindLabels: Record<UnitKind, string> = {
  province: 'Tỉnh, thành phố',
  district: 'Huyện (trước 7/2025)',
  commune: 'Xã, phường, đặc khu',
  health_facility: 'Cơ sở y tế',
  reviewer: 'Cơ quan xem xét',
  court: 'Tòa án',
  escort_police: 'Công an tổ chức thi hành',
  centre: 'Cơ sở cai nghiện',
};

/** The administrative units (GSO names and codes) and the agencies, searchable without diacritics. */
export function UnitBrowser() {
  const [kind, setKind] = useState<UnitKind>('province');
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: ['units', kind, q, 'browse'],
    queryFn: async () => dataOf(await api.GET('/api/v1/units', { params: { query: { kind, limit: 200, ...(q ? { q } : {}) } } })).items,
  });
  return (
    <Card>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Segmented<UnitKind> value={kind} onChange={setKind} options={unitKinds.map((value) => ({ value, label: kindLabels[value] }))} style={{ maxWidth: '100%', overflowX: 'auto' }} />
        <Input.Search allowClear placeholder="Tìm theo tên, không cần dấu" aria-label="Tìm đơn vị" onSearch={setQ} />
        <List
          loading={units.isLoading}
          dataSource={units.data ?? []}
          renderItem={(unit) => (
            <List.Item key={unit.code}>
              <List.Item.Meta title={unit.name} description={<Typography.Text type="secondary">{unit.code}{unit.divisionType ? ` · ${unit.divisionType}` : ''}</Typography.Text>} />
              {unit.validTo && <Tag>Giải thể từ {civilDate(unit.validTo)}</Tag>}
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
