import type { Response } from 'express';
import type { TableCell } from './xlsx';

export type CsvCell = TableCell;

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
  // A wall-clock date and time (see `vietnamWallClock`): "2026-11-23 08:30", which Excel reads as one.
  if (cell instanceof Date) return cell.toISOString().slice(0, 16).replace('T', ' ');
  // Excel runs a cell that starts with = + - or @ as a formula; a leading apostrophe keeps it text.
  const text = /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Answers with a CSV attachment; the file name keeps its diacritics (RFC 6266 `filename*`). */
export function sendCsv(res: Response, fileName: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  res.status(200).attachment(fileName).type('text/csv; charset=utf-8').send(toCsv(header, rows));
}
