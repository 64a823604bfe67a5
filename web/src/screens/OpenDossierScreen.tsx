import { Alert, Card, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { OpenDossierSchema, type OpenDossierInput } from '../../../domain/schemas/open-dossier';
import { ApiProblem } from '../api/client';
import { fieldsOf } from '../forms/fields';
import { SchemaForm } from '../forms/SchemaForm';
import { useSignedInUser } from '../app/session';
import { submit } from '../offline/outbox';
import { messages } from '../i18n';

const t = messages.open;

const OpenedSchema = z.object({ dossierId: z.string() });
const ExistingSchema = z.object({ existingDossierId: z.string() });

/** Lập hồ sơ: commune police open a dossier for a person in their commune. */
export function OpenDossierScreen() {
  const navigate = useNavigate();
  const { userId } = useSignedInUser();
  // The commune is the officer's own unit: the API fills it in.
  const fields = useMemo(() => fieldsOf(OpenDossierSchema).filter((field) => field.name !== 'communeCode'), []);
  const opening = useMutation({
    mutationFn: (body: OpenDossierInput) => submit({ userId, path: '/api/v1/dossiers', body, label: t.outboxLabel(body.subject.fullName) }),
  });
  const existing = opening.error instanceof ApiProblem && opening.error.code === 'active-dossier-exists' ? ExistingSchema.safeParse(opening.error.detail) : undefined;
  return (
    <>
      <Typography.Title level={1}>{t.title}</Typography.Title>
      <Card>
        {opening.data && !opening.data.sent && <Alert type="info" showIcon message={t.queued} style={{ marginBottom: 16 }} />}
        <SchemaForm
          schema={OpenDossierSchema}
          fields={fields}
          draftKey="hoso.draft.open"
          submitLabel={t.submit}
          busy={opening.isPending}
          problem={
            opening.error instanceof ApiProblem ? (
              <>
                {opening.error.title}{' '}
                {existing?.success && <Link to={`/ho-so/${existing.data.existingDossierId}`}>{t.openExisting}</Link>}
              </>
            ) : opening.error ? (
              opening.error.message
            ) : undefined
          }
          onSubmit={(body, clearDraft) =>
            opening.mutate(body, {
              onSuccess: (result) => {
                clearDraft();
                if (result.sent) void navigate(`/ho-so/${OpenedSchema.parse(result.body).dossierId}`);
              },
            })
          }
        />
      </Card>
    </>
  );
}
