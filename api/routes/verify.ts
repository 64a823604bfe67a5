import { Router } from 'express';
import { EvidenceError } from '../documents/archive-reader';
import type { Verification } from '../documents/document-service';
import { evidenceAnswer, evidenceProblem, EVIDENCE_RETRY_AFTER_SECONDS, type ReportEvidence } from '../documents/evidence-faults';
import { isDependencyUnavailable } from '../dependency-unavailable';
import { ApiError } from '../errors';
import { verificationPage, type VerificationView } from './verify-page';

export interface VerifyRoutesDeps {
  verify: (code: string) => Promise<Verification | undefined>;
  /** Tells operators of an archived document found damaged, missing or out of reach (api/documents/evidence-faults.ts). */
  report: ReportEvidence;
}

/**
 * GET /api/v1/verify/:code — public, no token: where the QR code on a document leads. Says whether the archived
 * document is intact and who signed it, and nothing about the person; or, as plainly, that its archived copy is
 * damaged (409), gone (410) or cannot be checked now (503). The same answer as JSON (a problem document when the
 * copy could not be checked), or as a short page in Vietnamese to a browser (a phone that scanned the code).
 */
export function verifyRoutes({ verify, report }: VerifyRoutesDeps): Router {
  const router = Router();
  router.get('/:code', async (req, res) => {
    const view = await viewOf(req.params.code);
    res.set('Cache-Control', 'no-store').vary('Accept');
    if (req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.status(statusOf(view));
      if (view.state === 'unavailable') res.set('Retry-After', String(EVIDENCE_RETRY_AFTER_SECONDS));
      res.type('html').send(verificationPage(view));
    } else if (view.state === 'verified') res.json(view.report);
    else if (view.state === 'unknown-code') throw new ApiError(404, 'unknown-verification-code', 'Không tìm thấy văn bản nào có mã tra cứu này.', 'No document has this verification code.');
    else throw evidenceProblem(view.state, view.document ? { document: view.document } : {});
  });

  async function viewOf(asked: string): Promise<VerificationView> {
    // Shown back on the page, escaped; a code is 14 characters at most, as printed.
    const code = asked.slice(0, 64);
    let found: Verification | undefined;
    try {
      found = await verify(asked);
    } catch (error) {
      if (error instanceof EvidenceError) {
        report(error, 'verify');
        return { state: error.fault, code };
      }
      // The database that says which version to read did not answer: no verdict either way.
      if (isDependencyUnavailable(error)) return { state: 'unavailable', code };
      throw error;
    }
    if (!found) return { state: 'unknown-code', code };
    if (found.state === 'verified') return found;
    report(found.evidence, 'verify');
    return { state: found.evidence.fault, code, document: found.document };
  }
  return router;
}

function statusOf(view: VerificationView): number {
  if (view.state === 'verified') return 200;
  return view.state === 'unknown-code' ? 404 : evidenceAnswer(view.state).status;
}
