/**
 * Durable, atomic file writes: the new content goes to a temporary file in the same folder, is
 * flushed to disk, then renamed over the old file (atomic on POSIX), and the folder is flushed so
 * that the rename survives a crash. A reader — or a process killed mid-write — sees the old file or
 * the new one, never a torn one. Temporary names start with "." so the data reader skips them.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

async function fsyncFolder(path: string): Promise<void> {
  // Some platforms cannot open a folder for reading; the rename is then as durable as they allow.
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported */
  }
}

/** Replaces (or creates) the file at `path` with `content`, atomically and durably. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  // The old file's permissions carry over to the new one.
  const mode = await stat(path).then(
    (s) => s.mode & 0o777,
    () => 0o666,
  );
  const handle = await open(temporary, 'wx', mode);
  try {
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(folder);
}

/** Removes a file, durably; a file already gone is no error. */
export async function removeFileDurably(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return;
  }
  await fsyncFolder(dirname(path));
}
