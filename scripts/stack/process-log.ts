import { closeSync, existsSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';

export interface ProcessLogOptions {
  /** The name each line is prefixed with on the terminal. */
  name: string;
  file: string;
  /** Also print each line on this process's stdout or stderr (npm start); otherwise the file alone. */
  echo?: boolean;
  /** The file is rotated beyond this size: `<file>.1` is the previous one, `<file>.<keep>` the oldest kept. */
  maxBytes?: number;
  keep?: number;
}

export interface ProcessLog {
  write(line: string, stream?: 'stdout' | 'stderr'): void;
  close(): void;
}

/** Each log is rotated beyond 10 MiB, and the 5 before it kept: enough for days of an office's work, never a full disk. */
export const logRotation = { maxBytes: 10 * 1024 * 1024, keep: 5 };

/**
 * One process's output, kept in `file` with size-based rotation. Written synchronously, line by line: a line the
 * supervisor received is on disk even if the supervisor itself is killed the next instant.
 */
export function processLog({ name, file, echo = false, maxBytes = logRotation.maxBytes, keep = logRotation.keep }: ProcessLogOptions): ProcessLog {
  let fd: number | undefined = openSync(file, 'a');
  let size = statSync(file).size;
  const rotate = (open: number) => {
    closeSync(open);
    for (let index = keep - 1; index >= 1; index--) if (existsSync(`${file}.${index}`)) renameSync(`${file}.${index}`, `${file}.${index + 1}`);
    renameSync(file, `${file}.1`);
    fd = openSync(file, 'a');
    size = 0;
  };
  return {
    write(line, stream = 'stdout') {
      if (echo) process[stream].write(`[${name}] ${line}\n`);
      if (fd === undefined) return;
      const bytes = Buffer.from(`${line}\n`);
      if (size > 0 && size + bytes.length > maxBytes) rotate(fd);
      writeSync(fd, bytes);
      size += bytes.length;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** The last `lines` lines of a log file, read from its end (at most its last 64 KiB). */
export function tailOfLog(file: string, lines = 30): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '(no log)';
  }
  try {
    const size = statSync(file).size;
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    return buffer.toString('utf8').split('\n').filter(Boolean).slice(-lines).join('\n');
  } finally {
    closeSync(fd);
  }
}
