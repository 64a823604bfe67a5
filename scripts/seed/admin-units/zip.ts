import { inflateRawSync } from 'node:zlib';

/**
 * The named files of a zip archive (a Python wheel), by path. Enough of the format for wheels: no zip64,
 * no encryption, entries stored or deflated.
 */
export function readZipEntries(archive: Buffer, paths: readonly string[]): Map<string, Buffer> {
  const endOfDirectory = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const entryCount = archive.readUInt16LE(endOfDirectory + 10);
  let at = archive.readUInt32LE(endOfDirectory + 16);

  const wanted = new Set(paths);
  const found = new Map<string, Buffer>();
  for (let index = 0; index < entryCount; index++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory is damaged at byte ${at}`);
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localHeader = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;

    // The local header repeats the name and may carry a different extra field; the data follows it.
    const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) found.set(name, Buffer.from(data));
    else if (method === 8) found.set(name, inflateRawSync(data));
    else throw new Error(`${name}: zip compression method ${method} is not supported`);
  }
  const missing = paths.filter((path) => !found.has(path));
  if (missing.length) throw new Error(`not in the archive: ${missing.join(', ')}`);
  return found;
}
