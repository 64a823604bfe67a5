import { Card, Col, DatePicker, Row, Segmented, Skeleton, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ageGroupLabels, ageGroups } from '../../../../domain/stats/age-groups';
import { api, dataOf, jsonOnly } from '../../api/client';
import { civilDate } from '../../format/dates';
import { BarChart } from './BarChart';
import { ExportButton } from './OverdueBoard';

type Period = '6m' | '1y' | 'ytd' | 'custom';

/** Figures for the supervisor's area over a period: plan against actual, by step, by sex and by age group. */
export function StatsDashboard() {
  const [period, setPeriod] = useState<Period>('ytd');
  const [range, setRange] = useState<[Dayjs, Dayjs]>();
  const query =
    period === 'custom'
      ? range
        ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }
        : undefined
      : { period };
  const stats = useQuery({
    queryKey: ['stats', query],
    enabled: query !== undefined,
    queryFn: async () => jsonOnly(dataOf(await api.GET('/api/v1/stats', { params: { query: query ?? {} } }))),
  });
  const csv = `/api/v1/stats?${new URLSearchParams(Object.entries({ ...query, format: 'csv' }).flatMap(([key, value]) => (value ? [[key, value]] : []))).toString()}`;
  const data = stats.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Period>
          value={period}
          onChange={setPeriod}
          options={[
            { value: '6m', label: '6 tháng' },
            { value: '1y', label: '12 tháng' },
            { value: 'ytd', label: 'Từ đầu năm' },
            { value: 'custom', label: 'Chọn ngày' },
          ]}
        />
        {period === 'custom' && (
          <DatePicker.RangePicker format="DD/MM/YYYY" value={range} onChange={(dates) => setRange(dates && dates[0] && dates[1] ? [dates[0], dates[1]] : undefined)} />
        )}
        {query && <ExportButton path={csv} fileName="thong-ke.csv" label="Tải CSV" />}
      </Space>
      {stats.isLoading && <Skeleton active />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {data.unit.name} · từ {civilDate(data.period.from)} đến {civilDate(data.period.to)}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {[
              ['Hồ sơ lập trong kỳ', data.opened],
              ['Tiếp nhận vào cơ sở', data.admitted],
              ['Trả hồ sơ bổ sung', data.returned.total],
              ['Đang quá hạn', data.overdue.now],
            ].map(([title, value]) => (
              <Col xs={12} md={6} key={String(title)}>
                <Card size="small">
                  <Statistic title={title} value={value} valueStyle={title === 'Đang quá hạn' && Number(value) > 0 ? { color: '#cf1322' } : undefined} />
                </Card>
              </Col>
            ))}
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title="Kế hoạch và thực hiện trong năm" bars={data.plan.map((plan) => ({ label: `${plan.label} (${plan.year})`, value: plan.actual, target: plan.target }))} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title="Hồ sơ chưa kết thúc, theo bước" bars={data.atStep.map((step) => ({ label: step.stepTitle, value: step.count }))} color="#1d39c4" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart
                  title="Hồ sơ lập trong kỳ, theo giới tính"
                  bars={[
                    { label: 'Nam', value: data.openedBySex.male },
                    { label: 'Nữ', value: data.openedBySex.female },
                  ]}
                  color="#08979c"
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title="Hồ sơ lập trong kỳ, theo nhóm tuổi" bars={ageGroups.map((group) => ({ label: ageGroupLabels[group], value: data.openedByAgeGroup[group] ?? 0 }))} color="#d46b08" />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
