import { Router } from 'express';
import { DossierIdSchema } from '../../domain/dossier/dossier-id';
import { z } from 'zod';
import { principalOf } from '../auth/authenticate';
import { EvidenceError } from '../documents/archive-reader';
import type { DocumentService } from '../documents/document-service';
import { evidenceProblem, type ReportEvidence } from '../documents/evidence-faults';
import { notFound } from '../errors';

const DocumentId = z.string().regex(/^[0-9a-f]{32}$/);

function idOf<T extends z.ZodType<string>>(schema: T, raw: unknown): string {
  const result = schema.safeParse(raw);
  if (!result.success) throw notFound();
  return result.data;
}

/** `Biên bản vi phạm hành chính - 7K2M9QXD.pdf`: what a clerk expects to find in their downloads folder. */
export const downloadName = (document: { title: string; verificationCode: string | null; documentId: string }) =>
  `${document.title.replace(/[\\/:*?"<>|]+/g, ' ').trim()} - ${document.verificationCode ?? document.documentId}.pdf`;

/**
 * GET /api/v1/dossiers/:id/documents[/:documentId]: for people entitled to the dossier. A PDF whose archived copy is
 * damaged, gone or out of reach is answered 409 `evidence-damaged`, 410 `evidence-missing` or 503
 * `evidence-unavailable`, and operators are told (`report`).
 */
export function documentRoutes(documents: DocumentService, report: ReportEvidence): Router {
  const router = Router({ mergeParams: true });

  router.get('/', async (req, res) => {
    const dossierId = idOf(DossierIdSchema, (req.params as Record<string, string>).id);
    res.json({ items: await documents.list(dossierId, principalOf(res)) });
  });

  router.get('/:documentId', async (req, res) => {
    const dossierId = idOf(DossierIdSchema, (req.params as Record<string, string>).id);
    const { document, content } = await documents.open(dossierId, idOf(DocumentId, req.params.documentId), principalOf(res)).catch((error: unknown) => {
      if (!(error instanceof EvidenceError)) throw error;
      report(error, 'download');
      throw evidenceProblem(error.fault);
    });
    res
      .status(200)
      .type('application/pdf')
      // The form's Vietnamese title and its verification code (RFC 6266 `filename*` keeps the diacritics), never the
      // person's name: a file name travels into download folders and mail.
      .attachment(downloadName(document))
      .set({ 'Content-Length': String(document.size), ETag: `"${document.sha256}"`, 'Cache-Control': 'private, no-store' });
    res.setHeader('X-Content-SHA256', document.sha256);
    res.end(content);
  });

  return router;
}
