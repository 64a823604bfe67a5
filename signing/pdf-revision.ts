import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib';

/**
 * What an incremental update needs of a PDF, read without parsing the whole file: the trailer
 * and the few objects it changes (catalog, form, first page), parsed when asked for by their
 * offsets in the cross-reference tables. Loading the whole document with pdf-lib parsed every
 * object, font programs included, and cost about as much as the signature itself.
 *
 * Every revision must have a classic cross-reference table, as hoso's renderer (which saves
 * without object streams) and signPdf write them.
 */
export class PdfRevision {
  /** Holds the parsed objects and numbers new ones after the file's highest object number. */
  readonly context = PDFContext.create();
  /** The newest trailer dictionary. */
  readonly trailer: PDFDict;
  private readonly offsets = new Map<number, number>();
  private readonly parsed = new Map<number, PDFObject>();

  constructor(
    private readonly pdf: Buffer,
    /** Byte offset of the newest cross-reference table (the file's last startxref). */
    readonly startXref: number,
  ) {
    const listed = new Set<number>();
    let trailer: PDFDict | undefined;
    const visited = new Set<number>();
    // Newest section first: an object number's first entry wins (a free entry hides older ones).
    for (let at: number | undefined = startXref; at !== undefined; ) {
      if (visited.has(at)) throw new Error('The PDF cross-reference tables loop (/Prev)');
      visited.add(at);
      const section = this.readSection(at);
      for (const [number, offset] of section.entries) {
        if (listed.has(number)) continue;
        listed.add(number);
        if (offset !== undefined) this.offsets.set(number, offset);
      }
      trailer ??= section.trailer;
      const previous = section.trailer.get(PDFName.of('Prev'));
      at = previous instanceof PDFNumber ? previous.asNumber() : undefined;
    }
    if (!trailer) throw new Error('The PDF has no trailer');
    this.trailer = trailer;
    const size = trailer.get(PDFName.of('Size'));
    if (!(size instanceof PDFNumber)) throw new Error('The PDF trailer has no /Size');
    this.context.largestObjectNumber = size.asNumber() - 1;
  }

  /** The object `ref` points to, parsed once. */
  lookup(ref: PDFRef): PDFObject {
    let object = this.parsed.get(ref.objectNumber);
    if (!object) {
      object = this.parseObjectAt(ref);
      this.parsed.set(ref.objectNumber, object);
      this.context.assign(ref, object);
    }
    return object;
  }

  lookupDict(ref: PDFRef): PDFDict {
    const object = this.lookup(ref);
    if (!(object instanceof PDFDict)) throw new Error(`PDF object ${ref.toString()} is not a dictionary`);
    return object;
  }

  lookupArray(ref: PDFRef): PDFArray {
    const object = this.lookup(ref);
    if (!(object instanceof PDFArray)) throw new Error(`PDF object ${ref.toString()} is not an array`);
    return object;
  }

  /** `value` itself, or what it points to if it is a reference. */
  resolve(value: PDFObject | undefined): PDFObject | undefined {
    return value instanceof PDFRef ? this.lookup(value) : value;
  }

  catalog(): { ref: PDFRef; dict: PDFDict } {
    const ref = this.trailer.get(PDFName.of('Root'));
    if (!(ref instanceof PDFRef)) throw new Error('The PDF trailer has no /Root reference');
    return { ref, dict: this.lookupDict(ref) };
  }

  /** The first page in page-tree order, as pdf-lib's getPage(0). */
  firstPage(): { ref: PDFRef; dict: PDFDict } {
    const pages = this.catalog().dict.get(PDFName.of('Pages'));
    const first = (ref: PDFRef, depth: number): { ref: PDFRef; dict: PDFDict } | undefined => {
      if (depth > 64) throw new Error('The PDF page tree is too deep');
      const dict = this.lookupDict(ref);
      if (dict.get(PDFName.of('Type')) === PDFName.of('Page')) return { ref, dict };
      const kids = this.resolve(dict.get(PDFName.of('Kids')));
      for (const kid of kids instanceof PDFArray ? kids.asArray() : []) {
        const page = kid instanceof PDFRef ? first(kid, depth + 1) : undefined;
        if (page) return page;
      }
      return undefined;
    };
    const page = pages instanceof PDFRef ? first(pages, 0) : undefined;
    if (!page) throw new Error('The PDF has no page');
    return page;
  }

  private readSection(at: number): { entries: Map<number, number | undefined>; trailer: PDFDict } {
    if (this.pdf.toString('latin1', at, at + 4) !== 'xref') {
      throw new Error('signPdf needs PDFs whose revisions have classic cross-reference tables (templates render with useObjectStreams: false)');
    }
    const trailerAt = this.pdf.indexOf('trailer', at, 'latin1');
    if (trailerAt < 0) throw new Error('The PDF cross-reference table has no trailer');
    const text = this.pdf.toString('latin1', at + 4, trailerAt);
    const entries = new Map<number, number | undefined>();
    const subsection = /\s*(\d+)\s+(\d+)/y;
    const entry = /\s*(\d{10})\s(\d{5})\s([nf])/y;
    for (let match = subsection.exec(text); match; match = subsection.exec(text)) {
      const first = Number(match[1]);
      const count = Number(match[2]);
      entry.lastIndex = subsection.lastIndex;
      for (let index = 0; index < count; index++) {
        const row = entry.exec(text);
        if (!row) throw new Error(`The PDF cross-reference table at ${at} is malformed`);
        entries.set(first + index, row[3] === 'n' ? Number(row[1]) : undefined);
      }
      subsection.lastIndex = entry.lastIndex;
    }
    const trailer = PDFObjectParser.forBytes(this.pdf.subarray(trailerAt + 'trailer'.length), this.context).parseObject();
    if (!(trailer instanceof PDFDict)) throw new Error(`The PDF trailer after the cross-reference table at ${at} is not a dictionary`);
    return { entries, trailer };
  }

  private parseObjectAt(ref: PDFRef): PDFObject {
    const offset = this.offsets.get(ref.objectNumber);
    if (offset === undefined) throw new Error(`PDF object ${ref.toString()} is not in the cross-reference tables`);
    const header = /\s*(\d+)\s+(\d+)\s+obj/y.exec(this.pdf.toString('latin1', offset, offset + 32));
    if (!header || Number(header[1]) !== ref.objectNumber) throw new Error(`PDF object ${ref.toString()} is not at offset ${offset}`);
    return PDFObjectParser.forBytes(this.pdf.subarray(offset + header[0].length), this.context).parseObject();
  }
}
