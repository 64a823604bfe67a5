import { normaliseVerificationCode } from '../../activities/documents/document-id';

/** Checks a code: what it found (a report, or a document whose archived copy is damaged or missing), or nothing. */
type Verify<Found> = (code: string) => Promise<Found | undefined>;

/** The most codes whose result is kept; beyond it the oldest result goes. */
const MAX_CODES = 1_000;

/**
 * Verification results reused per code for `seconds`: a document's QR code scanned again and again (or a flood of
 * requests for one code) reads and checks the archived PDF once per period, and concurrent scans share one check. The
 * report's `checkedAt` says when that was. A damaged or missing copy is kept as found. A code that leads nowhere is
 * not kept, so a document issued a moment later is found; nor is a check that failed (an archive that did not answer).
 */
export function cacheVerifications<Found>(verify: Verify<Found>, seconds: number, now: () => number = Date.now): Verify<Found> {
  const results = new Map<string, { at: number; report: Promise<Found | undefined> }>();
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
