/** Writes chunks of text to a file through one buffer, and flushes it to disk before returning. */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

/** Returns the number of bytes written. */
export function writeChunksSync(path: string, chunks: Iterable<string>): number {
  const fd = openSync(path, 'wx');
  let bytes = 0;
  try {
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = () => {
      if (pending.length === 0) return;
      const buffer = Buffer.from(pending.join(''), 'utf8');
      let offset = 0;
      while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
      bytes += buffer.length;
      pending = [];
      pendingLength = 0;
    };
    for (const chunk of chunks) {
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength >= FLUSH_AT) flush();
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
