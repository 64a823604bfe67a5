import type { Request, Response } from 'express';
import { dossierIdIn } from '../../domain/dossier/dossier-id';
import type { AuditDescription } from './audit-trail';

const DocumentId = /^[0-9a-f]{32}$/;
const ActionName = /^[a-z][a-z0-9-]{0,63}$/;
const Year = /^\d{4}$/;
const CivilDate = /^\d{4}-\d{2}-\d{2}$/;
// Query parameters that carry what a person is called or identified by: their values stay out of the audit.
const PersonalQueryKeys = new Set(['q', 'search', 'name', 'fullname', 'idnumber', 'dateofbirth', 'residence']);
// A value kept in the audit looks like a code, a status, a date or a number; anything else may be a name.
const CodeLike = /^[\w.:,-]{0,64}$/;

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * The default audit rule, from the route's shape: every write under /api/v1, and every read that
 * answers with a dossier's personal data (one dossier, a list or inbox of dossiers, a document's PDF).
 * Routes may describe themselves more precisely with `describeForAudit`.
 */
export function describeApiRequest(req: Request, res: Response): AuditDescription | undefined {
  const path = new URL(req.originalUrl, 'http://hoso.invalid').pathname.replace(/\/+$/, '');
  if (!path.startsWith('/api/v1/')) return undefined;
  const segments = path.slice('/api/v1/'.length).split('/').map(decodeSegment);
  const [resource, id, part, partId, ...rest] = segments;
  const dossierId = resource === 'dossiers' ? dossierIdIn(id) : undefined;
  const withDossier = dossierId ? { dossierId } : {};
  const write = isWrite(req.method);

  if (resource === 'dossiers') {
    if (id === undefined) {
      if (write) return { action: 'dossier.open', ...dossierIdOfCreated(res) };
      return { action: 'dossier.list', details: { query: auditableQuery(req) } };
    }
    if (part === undefined && !write) return { action: 'dossier.read', ...withDossier };
    if (part === 'documents' && partId !== undefined && rest.length === 0 && !write) {
      return { action: 'document.read', ...withDossier, ...(DocumentId.test(partId) ? { target: partId } : {}) };
    }
    if (part === 'actions' && partId !== undefined && rest.length === 0 && write) {
      return { action: `dossier.action.${ActionName.test(partId) ? partId : 'unknown'}`, ...withDossier };
    }
  }
  if (resource === 'inbox' && !write) return { action: 'inbox.read', details: { query: auditableQuery(req) } };
  if (resource === 'admin' && id === 'calendar' && part !== undefined && Year.test(part) && req.method === 'PUT') {
    return { action: 'calendar.update', target: part };
  }
  const [day, confirm] = rest;
  if (resource === 'admin' && id === 'calendar' && partId === 'days' && rest.length === 2 && day && CivilDate.test(day) && confirm === 'confirm' && req.method === 'POST') {
    return { action: 'calendar.confirm', target: day };
  }
  if (write) return { action: 'api.write', ...withDossier, target: `${req.method} ${path}`.slice(0, 200) };
  return undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The id of a dossier just opened, from the `Location` of the 201 answer. */
function dossierIdOfCreated(res: Response): { dossierId?: string } {
  const dossierId = dossierIdIn(String(res.get('location') ?? '').split('/').pop());
  return dossierId ? { dossierId } : {};
}

/** The filters of a list query, with any value that could be a person's name or number left out. */
function auditableQuery(req: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(req.originalUrl, 'http://hoso.invalid').searchParams) {
    if (!/^[\w.-]{1,40}$/.test(key)) continue;
    query[key] = !PersonalQueryKeys.has(key.toLowerCase()) && CodeLike.test(value) ? value : '[withheld]';
  }
  return query;
}
