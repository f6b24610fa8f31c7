/**
 * Watching a data folder for changes made on disk (an editor, git, a script): one fs.watch per
 * folder, because recursive watching is not reliable on every platform Node 20 runs on; folders
 * that appear are watched as they come. Changes are gathered and told together once the folder
 * has been quiet for `debounceMs`, as an editor's save is often several events. Hidden files and
 * folders (the edit log, temporary files of atomic writes) are left out.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

export interface FolderWatcher {
  close(): void;
}

const hidden = (name: string) => name.startsWith('.') || name === 'node_modules';

export function watchFolder(
  root: string,
  onChange: (paths: string[]) => void,
  debounceMs = 60,
): FolderWatcher {
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = () => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    const paths = [...pending].sort();
    pending.clear();
    onChange(paths);
  };
  const touch = (rel: string) => {
    pending.add(rel);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  /** Watches a folder (relative to the root, "" for the root) and the folders in it. */
  const add = (rel: string, announce: boolean) => {
    if (closed || watchers.has(rel)) return;
    const path = join(root, rel);
    let watcher: FSWatcher;
    try {
      watcher = watch(path, (_event, name) => {
        if (name === null) return touch(rel);
        const name_ = String(name);
        if (hidden(name_)) return;
        const child = rel ? `${rel}/${name_}` : name_;
        if (statSync(join(root, child), { throwIfNoEntry: false })?.isDirectory()) add(child, true);
        touch(child);
      });
    } catch {
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(rel);
    });
    watchers.set(rel, watcher);
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (hidden(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) add(child, announce);
      // Files of a folder that appeared may have been written before it was watched.
      else if (announce) touch(child);
    }
  };
  add('', false);

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
