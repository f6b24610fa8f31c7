/**
 * The graph `stancegraph serve` shows, kept up to date. The first build is the pipeline's
 * (runPipeline: validate, build, metrics, layout, style) over the folder held in memory. After an
 * edit, the folder is validated again on the kept parses of the files that did not change
 * (FolderState), the graph is built and its metrics computed again, every node keeps its position
 * and new ones are placed beside their neighbours (place-nodes.ts): no new layout of everything.
 * The change is the difference between the two graphs (graph-patch.ts).
 */
import {
  assembleGraph,
  buildGraph,
  computeLayout,
  computeStyles,
  runPipeline,
  startMetrics,
  undirectedProjection,
  type StanceGraph,
  type ValidationResult,
} from '../../core';
import type { FolderState } from '../edit';
import { threadedBetweenness } from '../threads';
import { diffGraphs, type GraphPatch } from './graph-patch';
import { placeNodes } from './place-nodes';

export interface BuildOutcome {
  version: number;
  validation: ValidationResult;
  /** The change to the graph, when the folder built; none when it has errors (the last graph stays). */
  patch?: GraphPatch;
  /** The graph was built without one before it: load it whole. */
  reload?: boolean;
  /** Milliseconds of the rebuild's steps. */
  timings: Record<string, number>;
}

export class LiveBuild {
  graph: StanceGraph | undefined;
  validation: ValidationResult | undefined;
  /** Counts the graphs built: the version a patch leads to, and graph.json's. */
  version = 0;

  constructor(
    private readonly state: FolderState,
    private readonly options: { seed: number; name?: string },
  ) {}

  /**
   * The first build: the whole pipeline, with a full layout, over the files as held. The folder is
   * then validated once more through its own parses, so that the first edit parses one file only.
   */
  initial(): BuildOutcome {
    const start = performance.now();
    const run = runPipeline(this.state.dataSource(), {
      seed: this.options.seed,
      until: 'style',
      betweenness: threadedBetweenness,
      ...this.named(),
    });
    const build = Math.round(performance.now() - start);
    this.validation = this.state.validate();
    this.graph = run.graph;
    this.version++;
    const timings = { build, warm: Math.round(performance.now() - start) - build };
    return { version: this.version, validation: this.validation, timings };
  }

  private named() {
    return this.options.name !== undefined ? { name: this.options.name } : {};
  }

  /** Builds again after a change; the patch leads from the last graph to the new one. */
  rebuild(): BuildOutcome {
    const timings: Record<string, number> = {};
    let at = performance.now();
    const lap = (step: string) => {
      const now = performance.now();
      timings[step] = Math.round(now - at);
      at = now;
    };
    const validation = this.state.validate();
    lap('validate');
    this.validation = validation;
    if (!validation.dataset) return { version: this.version, validation, timings };
    const domain = buildGraph(validation.dataset, this.options.name);
    lap('build');
    const projection = undirectedProjection(domain);
    const metrics = startMetrics(
      domain,
      projection,
      { seed: this.options.seed },
      threadedBetweenness,
    ).result();
    lap('metrics');
    const previous = this.graph;
    const positions = previous
      ? placeNodes(domain, previous, this.options.seed)
      : computeLayout(domain, { seed: this.options.seed, projection });
    lap(previous ? 'place' : 'layout');
    const graph = assembleGraph(domain, metrics, positions, computeStyles(domain, metrics));
    lap('style');
    const patch = previous ? diffGraphs(previous, graph) : undefined;
    lap('diff');
    this.graph = graph;
    this.version++;
    return { version: this.version, validation, timings, ...(patch ? { patch } : { reload: true }) };
  }
}
