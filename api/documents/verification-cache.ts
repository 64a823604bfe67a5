import { normaliseVerificationCode } from '../../activities/documents/document-id';
import type { VerificationReport } from './document-service';

type Verify = (code: string) => Promise<VerificationReport | undefined>;

/** The most codes whose result is kept; beyond it the oldest result goes. */
const MAX_CODES = 1_000;

/**
 * Verification results reused per code for `seconds`: a document's QR code scanned again and again (or a flood of
 * requests for one code) reads and checks the archived PDF once per period, and concurrent scans share one check. The
 * report's `checkedAt` says when that was. A code that leads nowhere is not kept, so a document issued a moment later
 * is found; nor is a check that failed.
 */
export function cacheVerifications(verify: Verify, seconds: number, now: () => number = Date.now): Verify {
  const results = new Map<string, { at: number; report: Promise<VerificationReport | undefined> }>();
  return (rawCode) => {
    const code = normaliseVerificationCode(rawCode);
    if (!code || seconds === 0) return verify(rawCode);
    const kept = results.get(code);
    if (kept && now() - kept.at < seconds * 1000) return kept.report;
    const report = verify(code);
    results.delete(code);
    results.set(code, { at: now(), report });
    if (results.size > MAX_CODES) results.delete(results.keys().next().value as string);
    const forget = () => results.get(code)?.report === report && results.delete(code);
    void report.then((found) => found ?? forget(), forget);
    return report;
  };
}
