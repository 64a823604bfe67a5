import type { Logger } from '../../config/logger';
import { ApiError } from '../errors';
import type { ApiMetrics } from '../metrics';
import type { EvidenceError, EvidenceFault } from './archive-reader';

/**
 * How each fault is answered. Damaged or missing evidence is the archive's state, not a failure of this request and
 * not one that passes: 409 (the archived copy conflicts with the checksum recorded at issue) and 410 (the archived
 * version is gone). Only an archive that did not answer is a 503 with Retry-After. docs/decisions/0004.
 */
const answers: Record<EvidenceFault, { status: number; code: string; title: string; detail: string }> = {
  damaged: {
    status: 409,
    code: 'evidence-damaged',
    title: 'Văn bản lưu trữ không còn nguyên vẹn.',
    detail: 'The archived copy is not the one recorded when the document was issued: its checksum differs, or the archive cannot read it intact.',
  },
  missing: {
    status: 410,
    code: 'evidence-missing',
    title: 'Không tìm thấy bản lưu của văn bản.',
    detail: 'The archived version the document was recorded as no longer exists in the archive.',
  },
  unavailable: {
    status: 503,
    code: 'evidence-unavailable',
    title: 'Tạm thời không kiểm tra được văn bản lưu trữ. Vui lòng thử lại sau ít phút.',
    detail: 'The archive did not answer; the same request may be sent again.',
  },
};

/** A MinIO restart or a lost drive takes tens of seconds. */
export const EVIDENCE_RETRY_AFTER_SECONDS = 30;

export const evidenceAnswer = (fault: EvidenceFault) => answers[fault];

/** The problem document (RFC 9457) for a fault, with `extra` members such as the document it concerns. */
export function evidenceProblem(fault: EvidenceFault, extra: Record<string, unknown> = {}): ApiError {
  const { status, code, title, detail } = answers[fault];
  return new ApiError(status, code, title, detail, { state: fault, ...extra }, fault === 'unavailable' ? { 'Retry-After': String(EVIDENCE_RETRY_AFTER_SECONDS) } : {});
}

export type ReportEvidence = (evidence: EvidenceError, during: 'verify' | 'download') => void;

/**
 * Tells operators of every document that could not be shown as issued: a log line with ids only (the object key is
 * `dossiers/<dossierId>/<form>-<seq>.pdf`) and `hoso_evidence_unreadable_total`. Damaged or missing evidence is an
 * error to act on (heal, or restore the version from a backup); an unavailable archive, a warning its own alerts cover.
 */
export function evidenceReporter(logger: Logger, metrics: Pick<ApiMetrics, 'countUnreadableEvidence'>): ReportEvidence {
  return ({ fault, reason, archived }, during) => {
    metrics.countUnreadableEvidence(fault, during);
    // `reason` is the archive's error code, `checksum-mismatch`, or a network error's code: never a body.
    logger[fault === 'unavailable' ? 'warn' : 'error']({ evidence: fault, during, reason, ...archived }, `archived document ${fault}`);
  };
}
