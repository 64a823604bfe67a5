import { fill, PDFString, type PDFPage, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor, type PDFOperator } from 'pdf-lib';
import { create as createQrCode } from 'qrcode';
import { baselineOffset, CONTENT, lineHeight, type PageCanvas } from './page-canvas';
import { wrap, type Line } from './text-flow';
import type { DocumentVerification } from './types';

const MM = 72 / 25.4;
/** The QR symbol with its quiet zone: large enough for a phone to read off a printed page. */
const SYMBOL_SIDE = 19 * MM;
/** Light modules around the symbol that scanners need (ISO/IEC 18004). */
const QUIET_ZONE = 4;
const TEXT_SIZE = 10;
/** Between the quiet zone and the text beside it. */
const TEXT_GAP = 1.5 * MM;
/** Between the lowest body text of page 1 and the top of the quiet zone. */
const CLEARANCE = 5 * MM;

export interface VerificationMark {
  /** Points of page 1's text area, above its bottom margin, the mark needs. */
  reserve: number;
  draw: (canvas: PageCanvas) => void;
}

/** Three decimals: the content stream stays short, and positions are far finer than a printer's dot. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Lays out the verification mark: a QR code of the URL at the foot of page 1, its dark modules
 * aligned with the text area's left and bottom edges (the quiet zone lies in the margins), and
 * "Mã tra cứu" and the URL beside it, centred on it. The whole mark links to the URL in a viewer.
 */
export function layoutVerificationMark(verification: DocumentVerification): VerificationMark {
  // Level M (15 % recovery) tolerates a smudge or a fold without making the modules too small.
  const modules = createQrCode(verification.url, { errorCorrectionLevel: 'M' }).modules;
  const count = modules.size;
  const module = SYMBOL_SIDE / (count + 2 * QUIET_ZONE);
  const left = CONTENT.left;
  const bottom = CONTENT.bottom;
  const side = count * module;
  const quiet = QUIET_ZONE * module;

  const draw = (canvas: PageCanvas): void => {
    const page = canvas.pages[0] as PDFPage; // the canvas opens with page 1
    // One path of rectangles, a row's adjacent dark modules merged into one, filled once: no seams, a short stream.
    const operators: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
    for (let row = 0; row < count; row++) {
      const y = round(bottom + (count - 1 - row) * module);
      for (let col = 0; col < count; ) {
        if (!modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < count && modules.get(row, col)) col++;
        operators.push(rectangle(round(left + start * module), y, round((col - start) * module), round(module)));
      }
    }
    operators.push(fill(), popGraphicsState());
    page.pushOperators(...operators);

    const textX = left + side + quiet + TEXT_GAP;
    const width = CONTENT.right - textX;
    const lines: Line[] = [`Mã tra cứu: ${verification.code}`, `Kiểm tra tính xác thực tại: ${verification.url}`].flatMap((text) =>
      wrap([{ text, style: 'regular' }], { first: width, rest: width }, { fonts: canvas.fonts, size: TEXT_SIZE }),
    );
    const height = lineHeight(TEXT_SIZE);
    const top = bottom + side / 2 + (lines.length * height) / 2;
    lines.forEach((line, index) => canvas.line(line, textX, width, top - baselineOffset(TEXT_SIZE) - index * height, 'left', TEXT_SIZE, page));

    const right = textX + lines.reduce((max, line) => Math.max(max, line.width), 0);
    const link = canvas.pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [round(left - quiet), round(bottom - quiet), round(right), round(bottom + side + quiet)],
      Border: [0, 0, 0], // no box drawn around the link
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(verification.url) },
    });
    page.node.addAnnot(canvas.pdf.context.register(link));
  };
  return { reserve: side + quiet + CLEARANCE, draw };
}
