import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Keeps the last lines a process printed, so an error can say why without dumping a whole log. */
export class LineTail {
  private readonly lines: string[] = [];

  constructor(private readonly max = 30) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** Calls `onLine` for every line printed on any of `streams`. */
export function forEachLine(streams: ReadonlyArray<Readable | null>, onLine: (line: string) => void): void {
  for (const stream of streams) {
    if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
  }
}
