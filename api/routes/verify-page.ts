import type { EvidenceFault } from '../documents/archive-reader';
import type { PublicDocument, VerificationReport } from '../documents/document-service';

/**
 * What the page shows: a report; or the code asked, with the document it names when known, whose archived copy could
 * not be checked; or a code that leads nowhere.
 */
export type VerificationView = { state: 'verified'; report: VerificationReport } | { state: EvidenceFault | 'unknown-code'; code: string; document?: PublicDocument };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const vietnamTime = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Each state's verdict, in the words the person holding the paper reads, and whether it is good news. */
function verdictOf(view: VerificationView): { verdict: string; good: boolean } {
  switch (view.state) {
    case 'verified':
      if (!view.report.signatureValid) return { verdict: 'CẢNH BÁO: chữ ký số của văn bản không hợp lệ. Đề nghị liên hệ cơ quan ban hành.', good: false };
      return view.report.superseded
        ? { verdict: 'Văn bản do hệ thống ban hành, còn nguyên vẹn, nhưng đã được thay thế bằng bản đính chính.', good: false }
        : { verdict: 'Văn bản hợp lệ: còn nguyên vẹn và chữ ký số hợp lệ.', good: true };
    case 'damaged':
      return { verdict: 'CẢNH BÁO: bản lưu của văn bản này không còn nguyên vẹn, nên không thể xác nhận văn bản. Đề nghị liên hệ cơ quan ban hành.', good: false };
    case 'missing':
      return { verdict: 'CẢNH BÁO: không tìm thấy bản lưu của văn bản này, nên không thể xác nhận văn bản. Đề nghị liên hệ cơ quan ban hành.', good: false };
    case 'unavailable':
      return { verdict: 'Tạm thời không kiểm tra được văn bản: kho lưu trữ chưa phản hồi. Vui lòng thử lại sau ít phút.', good: false };
    case 'unknown-code':
      return { verdict: 'Không tìm thấy văn bản nào có mã tra cứu này. Đề nghị kiểm tra lại mã, hoặc liên hệ cơ quan ban hành.', good: false };
  }
}

const archivedCopy: Record<EvidenceFault, string> = {
  damaged: 'Không còn nguyên vẹn',
  missing: 'Không tìm thấy bản lưu',
  unavailable: 'Tạm thời không kiểm tra được',
};

function rowsOf(view: VerificationView): [string, string][] {
  const document = view.state === 'verified' ? view.report : view.document;
  const described: [string, string][] = document
    ? [
        ['Mã tra cứu', document.code],
        ['Văn bản', document.title],
        ['Cơ quan ký', document.issuedBy ?? '—'],
        ['Thời điểm ký', document.signedAt ? vietnamTime(document.signedAt) : '—'],
        ['Lần ban hành', String(document.revision)],
      ]
    : [['Mã tra cứu', view.state === 'verified' ? view.report.code : view.code]];
  if (view.state === 'unknown-code') return described;
  const checks: [string, string][] =
    view.state === 'verified'
      ? [
          ['Nguyên vẹn', 'Có'],
          ['Chữ ký số', view.report.signatureValid ? 'Hợp lệ' : 'Không hợp lệ'],
        ]
      : [['Bản lưu', archivedCopy[view.state]]];
  return [...described, ...checks, ...(document ? [['Kiểm tra lúc', vietnamTime(document.checkedAt)] as [string, string]] : [])];
}

/** The short page a phone shows after scanning the QR code: the verdict first, then what the code leads to. */
export function verificationPage(view: VerificationView): string {
  const { verdict, good } = verdictOf(view);
  const code = view.state === 'verified' ? view.report.code : (view.document?.code ?? view.code);
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiểm tra văn bản ${escape(code)}</title>
<style>body{font-family:"Times New Roman",serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#111}
.verdict{padding:1rem;border-radius:.5rem;background:${good ? '#e7f6ea' : '#fdecea'}}
th{text-align:left;padding:.3rem 1rem .3rem 0;font-weight:normal;color:#555}td{padding:.3rem 0}</style></head>
<body><h1>Kiểm tra tính xác thực của văn bản</h1>
<p class="verdict">${escape(verdict)}</p>
<table>${rowsOf(view).map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`).join('')}</table>
</body></html>`;
}
