import type { Response } from 'express';

export type CsvCell = string | number | null | undefined;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break. Starts with a byte order mark: without it Excel reads the file in the machine's ANSI code page
 * and the Vietnamese headers come out garbled.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(fieldOf).join(',')).join('\r\n')}\r\n`;
}

function fieldOf(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  // Excel runs a cell that starts with = + - or @ as a formula; a leading apostrophe keeps it text.
  const text = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Answers with a CSV attachment; `fileName` must be ASCII (it is not encoded for the header). */
export function sendCsv(res: Response, fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  res
    .status(200)
    .type('text/csv; charset=utf-8')
    .set('content-disposition', `attachment; filename="${fileName}"`)
    .send(toCsv(header, rows));
}
