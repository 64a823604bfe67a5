import ExcelJS from 'exceljs';
import type { Response } from 'express';

/** A cell of an exported table: text, a number, or a date and time (Vietnam's wall clock). */
export type TableCell = string | number | Date | null | undefined;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * An Excel workbook of one sheet: numbers as numbers and dates as dates (so that offices can sum, sort and filter
 * them), a bold frozen header with filters, and columns wide enough to read. Built with exceljs.
 */
export async function toXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly TableCell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hoso';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(header[index]?.length ?? 0, ...rows.map((row) => cellWidth(row[index])));
    column.width = Math.min(60, Math.max(10, widest + 2));
    if (rows.some((row) => row[index] instanceof Date)) column.numFmt = 'dd/mm/yyyy hh:mm';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellWidth(cell: TableCell): number {
  if (cell instanceof Date) return 16;
  return cell === null || cell === undefined ? 0 : String(cell).length;
}

/** Answers with an .xlsx attachment; the file name keeps its diacritics (RFC 6266 `filename*`). */
export async function sendXlsx(res: Response, fileName: string, sheetName: string, header: readonly string[], rows: readonly (readonly TableCell[])[]): Promise<void> {
  const body = await toXlsx(sheetName, header, rows);
  res.status(200).type(XLSX_TYPE).attachment(fileName).send(body);
}

export { XLSX_TYPE };
