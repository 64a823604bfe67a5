/**
 * The two sides of a handover (bên giao, bên nhận), and the things that pass with the person.
 */
import { z } from 'zod';
import type { Block, TableBlock } from '../../layout/types';
import { officialLine } from './document';
import { nonEmpty, OfficialInput } from './schema';

export const PartyInput = z.object({
  unit: nonEmpty().describe('The body, as written in a sentence'),
  officials: z.array(OfficialInput).min(1).describe('Its people present; the first represents it'),
});
export type PartyInput = z.infer<typeof PartyInput>;

export const BelongingInput = z.object({
  item: nonEmpty(),
  quantity: nonEmpty().describe('e.g. "01 chiếc", "500.000 đồng"'),
  condition: nonEmpty().optional(),
});
export type BelongingInput = z.infer<typeof BelongingInput>;

/** "1. Đại diện bên giao: Công an xã Tiên Du" and one line per official. */
export function partyBlocks(heading: string, party: PartyInput): Block[] {
  return [
    { kind: 'paragraph', text: `${heading}: ${party.unit}`, style: 'bold' },
    ...party.officials.map((o): Block => ({ kind: 'paragraph', text: `- ${officialLine(o)};` })),
  ];
}

export function belongingsTable(items: readonly BelongingInput[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 1, align: 'center' },
      { header: 'Tên đồ vật, tư trang', width: 5 },
      { header: 'Số lượng', width: 2.2, align: 'center' },
      { header: 'Tình trạng', width: 2.6 },
    ],
    rows: items.map((b, i) => [String(i + 1), b.item, b.quantity, b.condition ?? '']),
  };
}
