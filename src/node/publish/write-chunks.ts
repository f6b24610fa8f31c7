/**
 * Writes chunks of text to a file through one reused buffer, hashing the bytes as they go, and
 * flushes the file to disk before returning. No chunk is joined with another and nothing is read
 * back: the SHA-256 for the manifest comes from the bytes written.
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import type { WrittenFile } from '../../core';

const BUFFER_BYTES = 4 << 20;

export function writeChunksSync(path: string, chunks: Iterable<string>): WrittenFile {
  const fd = openSync(path, 'wx');
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  let bytes = 0;
  const writeAll = (data: Buffer) => {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
    hash.update(data);
    bytes += data.length;
  };
  const flush = () => {
    if (used === 0) return;
    writeAll(buffer.subarray(0, used));
    used = 0;
  };
  try {
    for (const chunk of chunks) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, 4 for 2 units).
      const worst = chunk.length * 3;
      if (worst > BUFFER_BYTES - used) flush();
      if (worst > BUFFER_BYTES) writeAll(Buffer.from(chunk, 'utf8'));
      else used += buffer.write(chunk, used, 'utf8');
    }
    flush();
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}
