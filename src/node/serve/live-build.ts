/**
 * The graph `stancegraph serve` shows, kept up to date. The first build is the pipeline's
 * (runPipeline: validate, build, metrics, layout, style) over the folder held in memory. After an
 * edit, the folder is validated again on the kept parses of the files that did not change
 * (FolderState), the graph is built and its metrics computed again (betweenness and communities
 * only when the projection they depend on changed: metric-reuse.ts), every node keeps its position
 * and new ones are placed beside their neighbours (place-nodes.ts): no new layout of everything.
 * The change is the difference between the two graphs (graph-patch.ts).
 */
import {
  buildGraph,
  computeLayout,
  computeStyles,
  runPipeline,
  startMetrics,
  undirectedProjection,
  type DomainGraph,
  type GraphStyles,
  type NodeMetrics,
  type NodePositions,
  type StanceGraph,
  type ValidationResult,
} from '../../core';
import { isDataFile, type FolderState } from '../edit';
import { diffGraphs, type DiffScope, type GraphPatch } from './graph-patch';
import { MetricReuse } from './metric-reuse';
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
  /** Files changed since the last graph was built (a folder with errors builds none): what the next patch covers. */
  private readonly unbuilt = new Set<string>();
  /** A change whose files are not known happened since the last graph: compare everything. */
  private unknownChange = false;
  /** Betweenness and communities of the last build, taken again while the projection stays the same. */
  readonly reuse = new MetricReuse();

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
      betweenness: this.reuse.betweenness,
      communities: this.reuse.communities,
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

  /**
   * Builds again after a change; the patch leads from the last graph to the new one. `changed`
   * names the files (data files and source texts, relative to the folder) changed since the last
   * build: the patch then compares only the records they hold, and what cites their sources.
   */
  rebuild(changed?: readonly string[]): BuildOutcome {
    const timings: Record<string, number> = {};
    let at = performance.now();
    const lap = (step: string) => {
      const now = performance.now();
      timings[step] = Math.round(now - at);
      at = now;
    };
    if (changed) for (const rel of changed) this.unbuilt.add(rel);
    else this.unknownChange = true;
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
      this.reuse.betweenness,
      this.reuse.communities,
    ).result();
    lap('metrics');
    const previous = this.graph;
    const positions = previous
      ? placeNodes(domain, previous, this.options.seed)
      : computeLayout(domain, { seed: this.options.seed, projection });
    lap(previous ? 'place' : 'layout');
    const graph = assembleInPlace(domain, metrics, positions, computeStyles(domain, metrics));
    lap('style');
    const scope = this.unknownChange ? undefined : this.scopeOf([...this.unbuilt], graph);
    const patch = previous ? diffGraphs(previous, graph, scope) : undefined;
    lap('diff');
    this.unbuilt.clear();
    this.unknownChange = false;
    this.graph = graph;
    this.version++;
    return { version: this.version, validation, timings, ...(patch ? { patch } : { reload: true }) };
  }

  /** The records held by the changed files, and the edges that cite a source they hold or a text that changed. */
  private scopeOf(changed: readonly string[], graph: StanceGraph): DiffScope {
    const ids = new Set<string>();
    for (const rel of changed) {
      if (isDataFile(rel))
        for (const key of this.state.recordSignatures(rel).keys()) ids.add(key.split('\0')[1]!);
    }
    const texts = new Set(changed.filter((rel) => !isDataFile(rel)));
    for (const source of graph.getAttribute('sources')) if (texts.has(source.path)) ids.add(source.id);
    const edges = new Set<string>();
    graph.forEachEdge((key, attributes) => {
      if (ids.has(key) || attributes.sources.some((s) => ids.has(s))) edges.add(key);
    });
    return { edges, nodes: ids };
  }
}

/**
 * The build's graph with positions, metrics and styles added to its own attributes: the same
 * attributes, in the same order, as assembleGraph gives, without copying a graph that no one else holds.
 */
function assembleInPlace(
  domain: DomainGraph,
  metrics: NodeMetrics,
  positions: NodePositions,
  styles: GraphStyles,
): StanceGraph {
  domain.forEachNode((node, attributes) => {
    Object.assign(attributes, positions.get(node), metrics.get(node), styles.nodes.get(node));
  });
  domain.forEachEdge((edge, attributes) => {
    Object.assign(attributes, styles.edges.get(edge));
  });
  return domain as unknown as StanceGraph;
}
