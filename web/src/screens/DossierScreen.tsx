import { Alert, Card, Col, Descriptions, Empty, Grid, Progress, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { getRegime } from '../../../domain/procedure';
import { stepIds } from '../../../domain/procedure/types';
import { api, ApiProblem, dataOf } from '../api/client';
import { civilDate } from '../format/dates';
import { messages } from '../i18n';
import { Countdown } from './Countdown';
import { ActionPanel } from './dossier/ActionPanel';
import { DocumentList } from './dossier/DocumentList';
import { TimelineList } from './dossier/TimelineList';

const t = messages.dossier;

/** Hồ sơ: one dossier, as the signed-in user may see it, with what they may do now. */
export function DossierScreen() {
  const { dossierId = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const dossier = useQuery({
    queryKey: ['dossier', dossierId],
    queryFn: async () => {
      const result = await api.GET('/api/v1/dossiers/{id}', { params: { path: { id: dossierId } } });
      return { view: dataOf(result), etag: result.response.headers.get('etag') ?? undefined };
    },
  });
  const documents = useQuery({
    queryKey: ['dossier', dossierId, 'documents'],
    queryFn: async () => dataOf(await api.GET('/api/v1/dossiers/{id}/documents', { params: { path: { id: dossierId } } })).items,
  });
  const view = dossier.data?.view;
  useEffect(() => {
    if (view) document.title = `${view.subject.fullName} · ${view.code} · ${messages.app.name}`;
  }, [view]);

  if (dossier.isLoading) return <Skeleton active />;
  if (dossier.error || !view) {
    const missing = dossier.error instanceof ApiProblem && dossier.error.status === 404;
    return <Result status={missing ? '404' : 'error'} title={missing ? t.notFound : messages.errors.unexpected} />;
  }
  const regime = getRegime(view.regimeId);
  const procedure = stepIds.filter((step) => step !== 'closed' && step !== 'registration-window');
  const current = procedure.findIndex((step) => step === view.step);
  const next = procedure[current + 1];
  return (
    <article className="dossier">
      <header className="dossier-header">
        <Typography.Title level={1}>{view.subject.fullName}</Typography.Title>
        <Space wrap size={[8, 4]}>
          <Tag>{view.code}</Tag>
          <Tag color="geekblue">
            {t.regime}: {regime.title}
          </Tag>
          {view.step === 'closed' ? <Tag color="default">{t.closed}</Tag> : <Tag color="processing">{view.stepTitle}</Tag>}
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} className="dossier-facts">
          <Descriptions.Item label={t.dateOfBirth}>{civilDate(view.subject.dateOfBirth)}</Descriptions.Item>
          <Descriptions.Item label={t.detectedOn}>{civilDate(view.detectedOn)}</Descriptions.Item>
          <Descriptions.Item label={t.residence}>{view.subject.residence}</Descriptions.Item>
        </Descriptions>
        {current >= 0 && (
          <div className="dossier-progress">
            <Progress
              steps={procedure.length}
              percent={Math.round(((current + 1) / procedure.length) * 100)}
              size={[screens.md ? 40 : 18, 8]}
              showInfo={false}
              aria-label={`${t.step}: ${current + 1}/${procedure.length}`}
            />
            <Typography.Text>
              {t.stepOf(current + 1, procedure.length)} <strong>{regime.steps[view.step].title}</strong>
              {next && <Typography.Text type="secondary"> · {t.next(regime.steps[next].title)}</Typography.Text>}
            </Typography.Text>
          </div>
        )}
        {view.legalReview?.map((mark) => (
          <Alert
            key={`${mark.action}:${mark.occurredOn}`}
            type="warning"
            showIcon
            role="status"
            style={{ marginTop: 12 }}
            message={t.legalReview}
            description={`${civilDate(mark.occurredOn)}: ${mark.detail}. ${t.legalReviewReason}: ${mark.reason}`}
          />
        ))}
      </header>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t.deadlines} size="small">
            {view.deadlines.length ? (
              <ul className="deadlines">
                {view.deadlines.map((deadline) => (
                  <li key={deadline.id}>
                    <Countdown dueAt={deadline.dueAt} overdue={deadline.overdue} workingDaysLeft={deadline.workingDaysLeft} overdueWorkingDays={deadline.overdueWorkingDays} />
                    <span>{deadline.description}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty description={t.noDeadlines} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            )}
          </Card>
          <Card size="small" className="actions-card">
            <ActionPanel dossierId={view.dossierId} code={view.code} seen={{ etag: dossier.data?.etag, version: view.version, step: view.step }} actions={view.availableActions} />
          </Card>
          <Card title={t.documents} size="small">
            {documents.error ? <Alert type="error" message={messages.errors.unexpected} /> : <DocumentList dossierId={view.dossierId} documents={documents.data ?? []} failures={view.formFailures ?? []} />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t.timeline} size="small">
            <TimelineList regime={regime} events={view.timeline} unitNames={view.unitNames} />
          </Card>
        </Col>
      </Row>
    </article>
  );
}
