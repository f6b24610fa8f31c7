/**
 * Watching a data folder for changes made on disk (an editor, git, a script): one fs.watch per
 * folder, because recursive watching is not reliable on every platform Node 20 runs on; folders
 * that appear are watched as they come. Changes are gathered and told together once the folder
 * has been quiet for `debounceMs`, as an editor's save is often several events. Hidden files and
 * folders (the edit log, temporary files of atomic writes) are left out.
 */
import { readdirSync, statSync, watch, type Dirent, type FSWatcher } from 'node:fs';
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
  const watch = new FolderWatch(root, onChange, debounceMs);
  watch.add('', false);
  return watch;
}

class FolderWatch implements FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly onChange: (paths: string[]) => void,
    private readonly debounceMs: number,
  ) {}

  private flush(): void {
    this.timer = undefined;
    if (this.closed || this.pending.size === 0) return;
    const paths = [...this.pending].sort();
    this.pending.clear();
    this.onChange(paths);
  }

  private touch(rel: string): void {
    this.pending.add(rel);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  /** Watches a folder (relative to the root, "" for the root) and the folders in it. */
  add(rel: string, announce: boolean): void {
    if (this.closed || this.watchers.has(rel)) return;
    const path = join(this.root, rel);
    let watcher: FSWatcher;
    try {
      watcher = watch(path, (_event, name) => this.seen(rel, name === null ? null : String(name)));
    } catch {
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(rel);
    });
    this.watchers.set(rel, watcher);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      /* gone already: its watcher reports the error */
    }
    for (const entry of entries) {
      if (hidden(entry.name)) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) this.add(child, announce);
      // Files of a folder that appeared may have been written before it was watched.
      else if (announce) this.touch(child);
    }
  }

  /** A change in folder `rel`: to `name`, or to something the platform does not name. */
  private seen(rel: string, name: string | null): void {
    if (name === null) return this.touch(rel);
    if (hidden(name)) return;
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(join(this.root, child), { throwIfNoEntry: false })?.isDirectory()) this.add(child, true);
    this.touch(child);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
