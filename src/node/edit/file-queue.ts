/**
 * One write at a time per file: each task on a file waits for the one before it (a promise chain
 * per file), so concurrent saves of different records to one file run in turn, each reading what
 * the last one wrote. A task on several files (a merge, a cascade) waits for all of them; it takes
 * its places in every chain at once, synchronously, so two such tasks cannot wait on each other.
 */
export class FileQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(files: readonly string[], task: () => Promise<T>): Promise<T> {
    const keys = [...new Set(files)];
    const before = keys.map((key) => this.tails.get(key) ?? Promise.resolve());
    const result = Promise.all(before).then(task);
    const done = result.then(
      () => undefined,
      () => undefined,
    );
    for (const key of keys) this.tails.set(key, done);
    // The chain of a file forgets a finished task, so that it does not grow without end.
    void done.then(() => {
      for (const key of keys) if (this.tails.get(key) === done) this.tails.delete(key);
    });
    return result;
  }

  /** Whether a task is running or waiting on any file. */
  get busy(): boolean {
    return this.tails.size > 0;
  }
}
