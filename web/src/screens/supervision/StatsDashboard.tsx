import { Card, Col, DatePicker, Row, Segmented, Skeleton, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ageGroupLabels, ageGroups, type AgeGroup } from '../../../../domain/stats/age-groups';
import { api, dataOf, jsonOnly } from '../../api/client';
import { civilDate } from '../../format/dates';
import { BarChart } from './BarChart';
import { ExportButton } from './OverdueBoard';
import { messages } from '../../i18n';

const t = messages.supervision;

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
  const exportOf = (format: 'csv' | 'xlsx') => `/api/v1/stats?${new URLSearchParams(Object.entries({ ...query, format }).flatMap(([key, value]) => (value ? [[key, value]] : []))).toString()}`;
  const data = stats.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<Period>
          className="period-choice"
          aria-label={t.period}
          value={period}
          onChange={setPeriod}
          options={[
            { value: '6m', label: t.periods['6m'] },
            { value: '1y', label: t.periods['1y'] },
            { value: 'ytd', label: t.periods.ytd },
            { value: 'custom', label: t.periods.custom },
          ]}
        />
        {period === 'custom' && (
          <DatePicker.RangePicker format="DD/MM/YYYY" value={range} onChange={(dates) => setRange(dates && dates[0] && dates[1] ? [dates[0], dates[1]] : undefined)} />
        )}
        {query && <ExportButton path={exportOf('csv')} fileName="thong-ke.csv" label={t.csv} />}
        {query && <ExportButton path={exportOf('xlsx')} fileName="thong-ke.xlsx" label={t.xlsx} />}
      </Space>
      {stats.isLoading && <Skeleton active />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {data.unit.name} · {t.between(civilDate(data.period.from), civilDate(data.period.to))}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {[
              [t.opened, data.opened],
              [t.admitted, data.admitted],
              [t.returned, data.returned.total],
              [t.overdueNow, data.overdue.now],
            ].map(([title, value]) => (
              <Col xs={12} md={6} key={String(title)}>
                <Card size="small">
                  <Statistic title={title} value={value} valueStyle={title === t.overdueNow && Number(value) > 0 ? { color: '#cf1322' } : undefined} />
                </Card>
              </Col>
            ))}
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title={t.planChart} bars={data.plan.map((plan) => ({ label: `${plan.label} (${plan.year})`, value: plan.actual, target: plan.target }))} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title={t.byStepChart} bars={data.atStep.map((step) => ({ label: step.stepTitle, value: step.count }))} color="#1d39c4" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart
                  title={t.bySexChart}
                  bars={[
                    { label: t.male, value: data.openedBySex.male },
                    { label: t.female, value: data.openedBySex.female },
                  ]}
                  color="#08979c"
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small">
                <BarChart title={t.byAgeChart} bars={ageGroups.map((group) => ({ label: ageGroupLabels[group], value: data.openedByAgeGroup[group] ?? 0 }))} color="#d46b08" />
              </Card>
            </Col>
            <Col xs={24}>
              <Card size="small">
                <SexByAgeTable breakdown={data.openedBySexAndAgeGroup} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

type Breakdown = ReadonlyArray<{ sex: 'male' | 'female'; ageGroup: AgeGroup; count: number }>;

/** Dossiers opened in the period by sex and age group, as the provincial reports lay them out: a row per age group. */
function SexByAgeTable({ breakdown }: { breakdown: Breakdown }) {
  const count = (sex: 'male' | 'female', group: AgeGroup) => breakdown.find((cell) => cell.sex === sex && cell.ageGroup === group)?.count ?? 0;
  const total = (sex?: 'male' | 'female') => breakdown.filter((cell) => !sex || cell.sex === sex).reduce((sum, cell) => sum + cell.count, 0);
  return (
    <div className="plain-table">
      <table>
        <caption>{t.bySexAndAge}</caption>
        <thead>
          <tr>
            <th scope="col">{t.ageGroup}</th>
            <th scope="col">{t.male}</th>
            <th scope="col">{t.female}</th>
            <th scope="col">{t.sum}</th>
          </tr>
        </thead>
        <tbody>
          {ageGroups.map((group) => (
            <tr key={group}>
              <th scope="row">{ageGroupLabels[group]}</th>
              <td>{count('male', group)}</td>
              <td>{count('female', group)}</td>
              <td>{count('male', group) + count('female', group)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.total}</th>
            <td>{total('male')}</td>
            <td>{total('female')}</td>
            <td>{total()}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
