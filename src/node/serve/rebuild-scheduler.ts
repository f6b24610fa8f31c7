/**
 * When to build again, and what to tell the pages. Changes (edits through the API, files changed
 * on disk) are gathered until the current turn of the event loop ends, then one rebuild takes them
 * all, and one `change` event goes out with the files and records changed and the graph's patch.
 */
import { isDataFile, type ChangeNotice, type FolderState } from '../edit';
import type { EventStream } from './event-stream';
import type { GraphPatch } from './graph-patch';
import type { LiveBuild } from './live-build';
import type { Diagnostic } from '../../core';

/** Errors shown in an event when the folder does not build, at most. */
const MAX_EVENT_DIAGNOSTICS = 100;

export interface ChangeEvent {
  /** The graph's version after the change (graph.json's X-Stancegraph-Version). */
  version: number;
  /** The version the patch applies to. */
  from: number;
  /** What changed it: "create", "update", "delete", "merge", "undo", "create-source", "disk". */
  causes: string[];
  files: string[];
  ids: string[];
  errors: number;
  warnings: number;
  /** The errors, when the folder does not build (the last graph stays). */
  diagnostics?: Diagnostic[];
  patch?: GraphPatch;
  /** No graph before: load graph.json whole. */
  reload?: boolean;
  timings: Record<string, number>;
}

export class RebuildScheduler {
  private notices: ChangeNotice[] = [];
  private queued = false;
  /** Told of every event sent (the bench and tests listen here too). */
  readonly listeners = new Set<(event: ChangeEvent) => void>();

  constructor(
    private readonly state: FolderState,
    private readonly build: LiveBuild,
    private readonly events: EventStream,
  ) {}

  schedule(notice: ChangeNotice): void {
    this.notices.push(notice);
    if (this.queued) return;
    this.queued = true;
    setImmediate(() => this.run());
  }

  /** Files changed on disk (relative to the folder): those whose content changed are taken. */
  diskChanged(paths: readonly string[]): void {
    const data = paths.filter(isDataFile);
    const before = new Map(data.map((rel) => [rel, this.state.recordSignatures(rel)]));
    const changed = this.state.refresh(data);
    const texts = paths.filter((rel) => !isDataFile(rel) && this.state.invalidateText(rel));
    if (changed.length === 0 && texts.length === 0) return;
    const ids = new Set<string>();
    for (const rel of changed) {
      const old = before.get(rel) ?? new Map<string, string>();
      const now = this.state.recordSignatures(rel);
      for (const [key, value] of now) if (old.get(key) !== value) ids.add(key.split('\0')[1]!);
      for (const key of old.keys()) if (!now.has(key)) ids.add(key.split('\0')[1]!);
    }
    this.schedule({ op: 'disk', files: [...changed, ...texts], ids: [...ids].sort() });
  }

  private run(): void {
    this.queued = false;
    const batch = this.notices.splice(0);
    if (batch.length === 0) return;
    const from = this.build.version;
    const outcome = this.build.rebuild([...new Set(batch.flatMap((n) => n.files))]);
    const v = outcome.validation;
    const event: ChangeEvent = {
      version: outcome.version,
      from,
      causes: [...new Set(batch.map((n) => n.op))],
      files: [...new Set(batch.flatMap((n) => n.files))].sort(),
      ids: [...new Set(batch.flatMap((n) => n.ids))].sort(),
      errors: v.errors,
      warnings: v.warnings,
      ...(v.dataset
        ? {}
        : {
            diagnostics: v.diagnostics.filter((d) => d.severity === 'error').slice(0, MAX_EVENT_DIAGNOSTICS),
          }),
      ...(outcome.patch ? { patch: outcome.patch } : {}),
      ...(outcome.reload ? { reload: true } : {}),
      timings: outcome.timings,
    };
    this.events.send('change', event, event.version);
    for (const listener of this.listeners) listener(event);
  }
}
