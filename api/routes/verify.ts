import { Router } from 'express';
import type { DocumentService, VerificationReport } from '../documents/document-service';
import { ApiError } from '../errors';

/**
 * GET /api/v1/verify/:code — public, no token: where the QR code on a document leads. Says
 * whether the archived document is intact and who signed it, and nothing about the person.
 * Answers JSON, or a short page in Vietnamese to a browser (a phone that scanned the code).
 */
export function verifyRoutes(documents: Pick<DocumentService, 'verify'>): Router {
  const router = Router();
  router.get('/:code', async (req, res) => {
    const report = await documents.verify(req.params.code);
    if (!report) throw new ApiError(404, 'unknown-verification-code', 'Không tìm thấy văn bản nào có mã tra cứu này.', 'No document has this verification code.');
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['application/json', 'text/html']) === 'text/html') res.type('html').send(page(report));
    else res.json(report);
  });
  return router;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const vietnamTime = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

function page(report: VerificationReport): string {
  const genuine = report.intact && report.signatureValid;
  const verdict = genuine
    ? report.superseded
      ? 'Văn bản do hệ thống ban hành, còn nguyên vẹn, nhưng đã được thay thế bằng bản đính chính.'
      : 'Văn bản hợp lệ: còn nguyên vẹn và chữ ký số hợp lệ.'
    : 'CẢNH BÁO: văn bản lưu trữ không còn nguyên vẹn hoặc chữ ký số không hợp lệ. Đề nghị liên hệ cơ quan ban hành.';
  const rows: [string, string][] = [
    ['Mã tra cứu', report.code],
    ['Văn bản', report.title],
    ['Cơ quan ký', report.issuedBy ?? '—'],
    ['Thời điểm ký', report.signedAt ? vietnamTime(report.signedAt) : '—'],
    ['Lần ban hành', String(report.revision)],
    ['Nguyên vẹn', report.intact ? 'Có' : 'Không'],
    ['Chữ ký số', report.signatureValid ? 'Hợp lệ' : 'Không hợp lệ'],
    ['Kiểm tra lúc', vietnamTime(report.checkedAt)],
  ];
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiểm tra văn bản ${escape(report.code)}</title>
<style>body{font-family:"Times New Roman",serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111}
.verdict{padding:1rem;border-radius:.5rem;background:${genuine && !report.superseded ? '#e7f6ea' : '#fdecea'}}
th{text-align:left;padding:.3rem 1rem .3rem 0;font-weight:normal;color:#555}td{padding:.3rem 0}</style></head>
<body><h1>Kiểm tra tính xác thực của văn bản</h1>
<p class="verdict">${escape(verdict)}</p>
<table>${rows.map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`).join('')}</table>
</body></html>`;
}
