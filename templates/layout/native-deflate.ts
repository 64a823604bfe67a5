/**
 * pdf-lib compresses every stream (page content, embedded fonts) with pako, a pure-JavaScript
 * zlib, which was a quarter of a document's rendering time. Node's own zlib writes the same
 * format natively; this routes pdf-lib's calls to it. Imported for its effect by the renderer.
 */
import { deflateSync } from 'node:zlib';
// pdf-lib reads `pako.deflate` from this module object at every call, so replacing it here reaches it.
import pako from 'pako';

pako.deflate = ((data: Uint8Array) => {
  const compressed = deflateSync(data);
  return new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength);
}) as typeof pako.deflate;
