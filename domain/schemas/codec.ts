import { z } from 'zod';

/** Bytes as Temporal's JSON carries them: standard base64, padded. */
const bytes = z.base64('Phải là chuỗi base64');

/** A Temporal payload as the Temporal UI sends it to a codec server, and receives it back. */
export const CodecPayloadSchema = z.object({
  metadata: z.record(z.string().min(1).max(256), bytes).default({}).describe('Each metadata value in base64, e.g. `encoding`'),
  data: bytes.default('').describe('The payload bytes in base64'),
});

/**
 * The Temporal UI's remote codec protocol: `POST <endpoint>/decode` and `/encode` take a list of payloads and answer
 * the same list, each payload decoded (or encoded).
 */
export const CodecPayloadsSchema = z.object({ payloads: z.array(CodecPayloadSchema).max(1000) });
export type CodecPayloads = z.infer<typeof CodecPayloadsSchema>;
