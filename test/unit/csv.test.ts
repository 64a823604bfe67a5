import { toCsv } from '../../api/csv';

describe('CSV export', () => {
  it('starts with a byte order mark so Excel reads the Vietnamese headers as UTF-8', () => {
    const csv = toCsv(['Mã hồ sơ', 'Đơn vị phải xử lý'], []);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('Mã hồ sơ,Đơn vị phải xử lý\r\n');
  });

  it('ends every record with CRLF and leaves empty cells empty', () => {
    expect(toCsv(['a', 'b'], [['x', 1], [null, undefined]]).slice(1)).toBe('a,b\r\nx,1\r\n,\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes (RFC 4180)', () => {
    const csv = toCsv(['Đơn vị'], [['Tòa án nhân dân khu vực 1, Bắc Ninh'], ['Phiếu "kết quả"'], ['dòng 1\r\ndòng 2']]);
    expect(csv.slice(1).split('\r\n').slice(1, 4)).toEqual(['"Tòa án nhân dân khu vực 1, Bắc Ninh"', '"Phiếu ""kết quả"""', '"dòng 1']);
    expect(csv).toContain('"dòng 1\r\ndòng 2"');
  });

  it('keeps text that Excel would run as a formula as text, but not numbers', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://x")'], ['-5 ngày'], [-5]]).slice(1)).toBe('x\r\n"\'=HYPERLINK(""http://x"")"\r\n\'-5 ngày\r\n-5\r\n');
  });
});
