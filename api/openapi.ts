import { z } from 'zod';
import { actionIds } from '../domain/procedure/types';
import { getRegime } from '../domain/procedure';
import { actionBodySchemas } from '../domain/schemas/actions';
import { OpenDossierSchema } from '../domain/schemas/open-dossier';

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

const problem = {
  description: 'Problem details (RFC 9457) with a stable `code` and a Vietnamese `title`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function openApiDocument(serverUrl: string) {
  const regime = getRegime('2026');
  const actionPaths = Object.fromEntries(
    actionIds.map((action) => [
      `/api/v1/dossiers/{id}/actions/${action}`,
      {
        post: {
          operationId: `action-${action}`,
          summary: regime.actions[action].title,
          description: `Roles: ${regime.actions[action].by.join(', ')}. Steps: ${regime.actions[action].at.join(', ')}. ${regime.actions[action].legalBasis}`,
          tags: ['actions'],
          parameters: [{ $ref: '#/components/parameters/DossierId' }],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(actionBodySchemas[action]) } } },
          responses: {
            '200': { description: 'The dossier after the action', content: { 'application/json': { schema: { $ref: '#/components/schemas/Dossier' } } } },
            '401': problem,
            '403': problem,
            '404': problem,
            '409': problem,
            '422': problem,
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'hoso API',
      version: '1',
      description: 'Hồ sơ đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths: {
      '/api/v1/dossiers': {
        post: {
          operationId: 'openDossier',
          summary: 'Mở hồ sơ',
          tags: ['dossiers'],
          requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(OpenDossierSchema) } } },
          responses: {
            '201': { description: 'Opened', content: { 'application/json': { schema: { $ref: '#/components/schemas/Dossier' } } } },
            '401': problem,
            '403': problem,
            '422': problem,
          },
        },
      },
      '/api/v1/dossiers/{id}': {
        get: {
          operationId: 'getDossier',
          summary: 'Xem hồ sơ',
          tags: ['dossiers'],
          parameters: [{ $ref: '#/components/parameters/DossierId' }],
          responses: {
            '200': { description: 'Live state', content: { 'application/json': { schema: { $ref: '#/components/schemas/Dossier' } } } },
            '401': problem,
            '404': problem,
          },
        },
      },
      ...actionPaths,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      parameters: {
        DossierId: { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
            instance: { type: 'string' },
          },
        },
        Dossier: {
          type: 'object',
          required: ['dossierId', 'code', 'regimeId', 'step', 'timeline', 'documents', 'deadlines'],
          properties: {
            dossierId: { type: 'string', format: 'uuid' },
            code: { type: 'string' },
            regimeId: { type: 'string', enum: ['2022', '2025', '2026'] },
            step: { type: 'string' },
            stepTitle: { type: 'string' },
            dueAt: { type: 'string', format: 'date-time' },
            isOverdue: { type: 'boolean' },
            deadlines: { type: 'array', items: { type: 'object' } },
            timeline: { type: 'array', items: { type: 'object' } },
            documents: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
