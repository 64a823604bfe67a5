import type * as fontkit from '@pdf-lib/fontkit';

/**
 * TrueType subsets written straight from the font file's bytes, in place of fontkit's TTFSubset.
 *
 * fontkit decodes and re-encodes every table it copies, value by value (the hinting programs
 * fpgm, prep and 'cvt ' alone cost ~2.5 ms per embedded font, used glyphs or not), and hands the
 * result over a stream that waits for a timer. The tables a subset copies unchanged are sliced
 * from the file once per font here, so a subset costs only its glyphs. The bytes are exactly
 * fontkit's (test/unit/templates-font-subset.test.ts compares them): same tables in the same
 * order, same /loca format choice, zero checksums.
 */

/** The tables fontkit writes, in its order: what PDF needs of a TrueType font program (ISO 32000-1, 9.9). */
const TABLES = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;
type Tag = (typeof TABLES)[number];

/** Offsets of the fields a subset changes (OpenType head, hhea and maxp tables). */
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const HHEA_NUMBER_OF_METRICS = 34;
const MAXP_NUM_GLYPHS = 4;

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** One TrueType font file, read once: the subsets of every document are cut from it. */
export class TrueTypeSubsetter {
  private readonly tables = new Map<string, Uint8Array>();
  /** Where each glyph's outline starts in 'glyf'; one entry more than there are glyphs. */
  private readonly glyphOffsets: number[];
  private readonly advances: number[];
  private readonly leftBearings: number[];

  constructor(fontFile: Uint8Array) {
    const view = viewOf(fontFile);
    const numTables = view.getUint16(4);
    for (let index = 0; index < numTables; index++) {
      const record = 12 + 16 * index;
      const tag = String.fromCharCode(...fontFile.subarray(record, record + 4));
      const offset = view.getUint32(record + 8);
      this.tables.set(tag, fontFile.subarray(offset, offset + view.getUint32(record + 12)));
    }
    const numGlyphs = viewOf(this.table('maxp')).getUint16(MAXP_NUM_GLYPHS);
    const longOffsets = viewOf(this.table('head')).getInt16(HEAD_INDEX_TO_LOC_FORMAT) === 1;
    const loca = viewOf(this.table('loca'));
    this.glyphOffsets = Array.from({ length: numGlyphs + 1 }, (_, gid) => (longOffsets ? loca.getUint32(4 * gid) : 2 * loca.getUint16(2 * gid)));
    // hmtx: a long metric (advance, bearing) per glyph up to numberOfMetrics, then bearings that share the last advance.
    const hmtx = viewOf(this.table('hmtx'));
    const numberOfMetrics = viewOf(this.table('hhea')).getUint16(HHEA_NUMBER_OF_METRICS);
    this.advances = Array.from({ length: numGlyphs }, (_, gid) => hmtx.getUint16(4 * Math.min(gid, numberOfMetrics - 1)));
    this.leftBearings = Array.from({ length: numGlyphs }, (_, gid) =>
      gid < numberOfMetrics ? hmtx.getInt16(4 * gid + 2) : hmtx.getInt16(4 * numberOfMetrics + 2 * (gid - numberOfMetrics)),
    );
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this);
  }

  /** The font file in the subset's table order, for these glyphs (glyph 0 first); composites bring their components. */
  encode(glyphIds: readonly number[]): Uint8Array {
    const subsetIds = new Map<number, number>();
    const order: number[] = [];
    const include = (gid: number): number => {
      let id = subsetIds.get(gid);
      if (id === undefined) {
        subsetIds.set(gid, (id = order.length));
        order.push(gid);
      }
      return id;
    };
    glyphIds.forEach(include);

    const glyf = this.table('glyf');
    const outlines: Uint8Array[] = [];
    const offsets = [0];
    // `order` grows while it is walked: components join the subset after the glyphs that use them.
    for (let index = 0; index < order.length; index++) {
      const gid = order[index] as number;
      const start = this.glyphOffsets[gid];
      const end = this.glyphOffsets[gid + 1];
      if (start === undefined || end === undefined) throw new RangeError(`The font has no glyph ${gid}`);
      let outline = glyf.subarray(start, end);
      const components = outline.length > 0 && viewOf(outline).getInt16(0) < 0 ? componentPositions(outline) : [];
      if (components.length > 0) {
        outline = outline.slice(); // the file's bytes are shared: renumber a copy
        const view = viewOf(outline);
        for (const at of components) view.setUint16(at, include(view.getUint16(at)));
      }
      outlines.push(outline);
      offsets.push((offsets[offsets.length - 1] as number) + outline.length);
    }

    const count = order.length;
    // As fontkit: short offsets (halved) unless the last one needs more than 16 bits.
    const longOffsets = (offsets[count] as number) > 0xffff;
    const loca = new Uint8Array((count + 1) * (longOffsets ? 4 : 2));
    const locaView = viewOf(loca);
    offsets.forEach((offset, index) => (longOffsets ? locaView.setUint32(4 * index, offset) : locaView.setUint16(2 * index, offset >>> 1)));
    const hmtx = new Uint8Array(4 * count);
    const hmtxView = viewOf(hmtx);
    order.forEach((gid, index) => {
      hmtxView.setUint16(4 * index, this.advances[gid] as number);
      hmtxView.setInt16(4 * index + 2, this.leftBearings[gid] as number);
    });

    const copied = (tag: Tag): Uint8Array[] | undefined => {
      const table = this.tables.get(tag);
      return table && [table];
    };
    const contents: Record<Tag, Uint8Array[] | undefined> = {
      head: [patched(this.table('head'), (view) => view.setInt16(HEAD_INDEX_TO_LOC_FORMAT, longOffsets ? 1 : 0))],
      hhea: [patched(this.table('hhea'), (view) => view.setUint16(HHEA_NUMBER_OF_METRICS, count))],
      loca: [loca],
      maxp: [patched(this.table('maxp'), (view) => view.setUint16(MAXP_NUM_GLYPHS, count))],
      'cvt ': copied('cvt '),
      prep: copied('prep'),
      glyf: outlines,
      hmtx: [hmtx],
      fpgm: copied('fpgm'),
    };
    return assemble(TABLES.flatMap((tag) => {
      const parts = contents[tag];
      return parts ? [{ tag, parts }] : [];
    }));
  }

  private table(tag: string): Uint8Array {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`Not a TrueType font: no '${tag}' table`);
    return table;
  }
}

/**
 * fontkit's Subset as pdf-lib uses it: glyphs are numbered in the order they are first drawn,
 * and the encoded font is handed over on the microtask queue rather than after a timer.
 */
export class TrueTypeSubset implements fontkit.Subset {
  private readonly glyphIds: number[] = [];
  private readonly subsetIds = new Map<number, number>();

  constructor(private readonly subsetter: TrueTypeSubsetter) {
    this.includeGlyph(0); // .notdef
  }

  includeGlyph(glyph: number | fontkit.Glyph): number {
    const gid = typeof glyph === 'number' ? glyph : glyph.id;
    let id = this.subsetIds.get(gid);
    if (id === undefined) {
      this.subsetIds.set(gid, (id = this.glyphIds.length));
      this.glyphIds.push(gid);
    }
    return id;
  }

  encode(): Uint8Array {
    return this.subsetter.encode(this.glyphIds);
  }

  encodeStream(): fontkit.SubsetStream {
    const bytes = this.encode();
    type Listener = Parameters<fontkit.SubsetStream['on']>[1];
    const listeners: Record<'data' | 'end', Listener[]> = { data: [], end: [] };
    const stream: fontkit.SubsetStream = {
      on(eventType, callback) {
        // pdf-lib also listens for 'error', which cannot come: encoding has already succeeded.
        if (eventType !== 'data' && eventType !== 'end') return stream;
        // One delivery, after the caller has attached all its listeners: data first, then end.
        if (listeners.data.length + listeners.end.length === 0) {
          queueMicrotask(() => {
            listeners.data.forEach((listener) => listener(bytes));
            listeners.end.forEach((listener) => listener(bytes));
          });
        }
        listeners[eventType].push(callback);
        return stream;
      },
    };
    return stream;
  }
}

/** Offsets, within a composite glyph's outline, of each component's glyph index. */
function componentPositions(outline: Uint8Array): number[] {
  const view = viewOf(outline);
  const positions: number[] = [];
  let at = 10; // after numberOfContours and the bounding box
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    flags = view.getUint16(at);
    positions.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  }
  return positions;
}

/** The sfnt header ('true', as fontkit writes it), the table records (checksums 0, as fontkit), then the tables back to back. */
function assemble(tables: ReadonlyArray<{ tag: string; parts: readonly Uint8Array[] }>): Uint8Array {
  const headerSize = 12 + 16 * tables.length;
  const lengths = tables.map(({ parts }) => parts.reduce((sum, part) => sum + part.length, 0));
  const file = new Uint8Array(headerSize + lengths.reduce((sum, length) => sum + length, 0));
  const view = viewOf(file);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  file.set([0x74, 0x72, 0x75, 0x65]); // 'true'
  view.setUint16(4, tables.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tables.length * 16 - power * 16);
  let offset = headerSize;
  tables.forEach(({ tag, parts }, index) => {
    const record = 12 + 16 * index;
    for (let char = 0; char < 4; char++) file[record + char] = tag.charCodeAt(char);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, lengths[index] as number);
    for (const part of parts) {
      file.set(part, offset);
      offset += part.length;
    }
  });
  return file;
}

function patched(table: Uint8Array, patch: (view: DataView) => void): Uint8Array {
  const copy = table.slice();
  patch(viewOf(copy));
  return copy;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
