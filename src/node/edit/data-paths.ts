/**
 * Paths inside the data folder, from what a request names: relative, with "/" separators, no "..",
 * no hidden (dot) folder, and no symbolic link on the way that leads out of the folder (checked on
 * the real paths of the parts that exist). Anything else is refused before a byte is written.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export class PathError extends Error {}

const SEGMENT = /^[^/\\\0]+$/;

export class DataFolder {
  /** The folder's real path. */
  readonly root: string;

  constructor(dir: string) {
    this.root = realpathSync.native(resolve(dir));
  }

  /** The absolute path of `rel`, a path inside the folder; throws PathError otherwise. */
  resolve(rel: unknown): string {
    if (typeof rel !== 'string' || rel === '')
      throw new PathError('expected a path inside the data folder, found none');
    if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel) || rel.includes('\\'))
      throw new PathError(`expected a relative path with "/" separators, found "${rel}"`);
    const segments = rel.split('/');
    for (const segment of segments) {
      if (!SEGMENT.test(segment) || segment === '.' || segment === '..')
        throw new PathError(`expected a path without "..", "." or empty parts, found "${rel}"`);
      if (segment.startsWith('.'))
        throw new PathError(`expected a path outside hidden folders and files, found "${rel}"`);
    }
    const path = join(this.root, ...segments);
    this.assertInside(path, rel);
    return path;
  }

  /** `rel` as a data-file path (.yaml or .yml), which the reader will read. */
  resolveDataFile(rel: unknown): string {
    const path = this.resolve(rel);
    if (!/\.ya?ml$/i.test(path)) throw new PathError(`expected a .yaml or .yml file, found "${String(rel)}"`);
    return path;
  }

  /** The path relative to the folder, with "/" separators. */
  relativeOf(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  /** The nearest part of `path` that exists must lie in the folder once its links are followed. */
  private assertInside(path: string, shown: string): void {
    let probe = path;
    for (;;) {
      try {
        const real = realpathSync.native(probe);
        if (real !== this.root && !real.startsWith(this.root + sep))
          throw new PathError(`expected a path inside the data folder, found "${shown}" leading outside it`);
        return;
      } catch (error) {
        if (error instanceof PathError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
          throw new PathError(`expected a path that resolves, found "${shown}" (${code})`);
        // A link to nothing could be made to lead anywhere later.
        if (lstatSync(probe, { throwIfNoEntry: false })?.isSymbolicLink())
          throw new PathError(
            `expected a path inside the data folder, found "${shown}" through a broken link`,
          );
        const parent = resolve(probe, '..');
        if (parent === probe) throw new PathError(`expected a path inside the data folder, found "${shown}"`);
        probe = parent;
      }
    }
  }
}
