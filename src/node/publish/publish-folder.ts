/**
 * Publishing a set of output files atomically. The output folder (`--out dist`) is a symbolic link
 * to a complete build folder kept beside it (`.dist.builds/<id>/`). A build writes a fresh folder,
 * flushes it to disk, then replaces the link with one rename, which POSIX makes atomic: a reader
 * sees the previous complete set or the new complete set, never a torn or mixed one, whatever
 * moment the build is killed at. Two builds at once each publish a complete set; the last rename wins.
 */
import {
  existsSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputSink } from '../../core';
import { writeChunksSync } from './write-chunks';

/** Marks a build folder as complete: only complete folders are ever linked or garbage-collected as old. */
const COMPLETE_MARK = '.complete';
/** Incomplete build folders older than this belong to a build that died; they are removed. */
const STALE_MS = 60 * 60 * 1000;
/** Complete folders kept besides the current one, for readers that still hold the previous set open. */
const KEEP_PREVIOUS = 1;
/** A complete folder younger than this may belong to a concurrent build about to publish it: never removed. */
const FRESH_MS = 10 * 60 * 1000;

export class OutputFolderError extends Error {}

export function buildsFolder(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `.${basename(out)}.builds`);
}

function fsyncDir(path: string): void {
  // Makes the rename itself durable; some platforms cannot open folders, which is harmless here.
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported */
  }
}

/** The names of files the outputs may hold, to recognise a folder of ours written before links were used. */
function assertReplaceable(out: string, fileNames: readonly string[]): void {
  const stat = lstatSync(out);
  if (stat.isSymbolicLink()) return;
  if (!stat.isDirectory())
    throw new OutputFolderError(`${out} exists and is not a folder; choose another --out`);
  const foreign = readdirSync(out).filter((name) => !fileNames.includes(name) && name !== COMPLETE_MARK);
  if (foreign.length > 0) {
    throw new OutputFolderError(
      `${out} holds files that stancegraph did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); choose an empty or new --out folder`,
    );
  }
}

export interface PublishResult {
  /** The build folder the output link now points to. */
  folder: string;
}

/** A build folder being filled; nothing is visible at `outDir` until `commit`. */
export interface Publication {
  /** Writes a file into the build folder, made (and `outDir` checked) at the first file. */
  sink: OutputSink;
  /** The build folder's path, made (and `outDir` checked) if it is not yet. */
  folder(): string;
  /** Publishes the folder as `outDir`, in one rename. */
  commit(): PublishResult;
  /** Removes the folder: `outDir` keeps its previous contents. */
  abort(): void;
}

export function openPublication(outDir: string, fileNames: readonly string[]): Publication {
  const out = resolve(outDir);
  const builds = buildsFolder(out);
  const id = `${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const folder = join(builds, id);
  let opened = false;
  const open = () => {
    if (opened) return folder;
    if (existsSync(out) || isDanglingLink(out)) assertReplaceable(out, fileNames);
    mkdirSync(builds, { recursive: true });
    mkdirSync(folder);
    opened = true;
    return folder;
  };
  return {
    folder: open,
    sink: {
      write: (name, chunks) => {
        open();
        return writeChunksSync(join(folder, name), chunks);
      },
    },
    commit() {
      open();
      try {
        writeFileSync(join(folder, COMPLETE_MARK), '');
        fsyncDir(folder);
      } catch (error) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
      migrateRealFolder(out, builds);
      const link = join(dirname(out), `.${basename(out)}.link-${id}`);
      symlinkSync(join(`.${basename(out)}.builds`, id), link, 'dir');
      renameSync(link, out);
      fsyncDir(dirname(out));
      collectGarbage(builds, id);
      return { folder };
    },
    abort() {
      if (opened) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Creates a new build folder, lets `write` fill it, and publishes it as `outDir`. If `write` throws,
 * nothing is published and the folder is removed; `outDir` keeps its previous contents.
 */
export function publishOutputs(
  outDir: string,
  fileNames: readonly string[],
  write: (folder: string) => void,
): PublishResult {
  const publication = openPublication(outDir, fileNames);
  try {
    write(publication.folder());
  } catch (error) {
    publication.abort();
    throw error;
  }
  return publication.commit();
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A real folder from an older layout is moved into the builds folder once, so it can be replaced by a link. */
function migrateRealFolder(out: string, builds: string): void {
  if (!existsSync(out) || lstatSync(out).isSymbolicLink()) return;
  const target = join(builds, `migrated-${Date.now().toString(36)}`);
  renameSync(out, target);
  writeFileSync(join(target, COMPLETE_MARK), '');
}

/** Removes old complete builds (keeping the newest few) and incomplete ones abandoned long ago. */
function collectGarbage(builds: string, justPublished: string): void {
  const now = Date.now();
  const entries = readdirSync(builds, { withFileTypes: true }).filter((e) => e.isDirectory());
  const complete: { name: string; time: number }[] = [];
  for (const entry of entries) {
    const path = join(builds, entry.name);
    if (entry.name === justPublished) continue;
    if (existsSync(join(path, COMPLETE_MARK)))
      complete.push({ name: entry.name, time: statSync(join(path, COMPLETE_MARK)).mtimeMs });
    else if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
  complete.sort((a, b) => b.time - a.time);
  const linked = currentBuild(join(dirname(builds), basename(builds).replace(/^\.(.*)\.builds$/, '$1')));
  for (const { name, time } of complete.slice(KEEP_PREVIOUS)) {
    if (now - time < FRESH_MS || (linked !== undefined && basename(linked) === name)) continue;
    rmSync(join(builds, name), { recursive: true, force: true });
  }
}

/** Where `outDir` points now, if it is one of our links. */
export function currentBuild(outDir: string): string | undefined {
  const out = resolve(outDir);
  return isDanglingLink(out) ? resolve(dirname(out), readlinkSync(out)) : undefined;
}
