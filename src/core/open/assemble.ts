/** Collected nodes and edges → a graphology multigraph, with the repairs both readers share. */
import Graph from 'graphology';

export interface PendingEdge {
  key: string | undefined;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Record<string, unknown>;
  line: number;
  column: number;
}

export type LocatedWarn = (message: string, line: number, column: number) => void;

/**
 * Edges to missing nodes and repeated edge keys are skipped with a warning; edges without a key get
 * `e0`, `e1`… (never one already taken). The graph is directed, undirected or mixed as its edges are.
 */
export function assembleGraph(
  nodes: Map<string, Record<string, unknown>>,
  edges: readonly PendingEdge[],
  warn: LocatedWarn,
): Graph {
  const anyDirected = edges.some((e) => !e.undirected);
  const anyUndirected = edges.some((e) => e.undirected);
  const type = anyDirected && anyUndirected ? 'mixed' : anyUndirected ? 'undirected' : 'directed';
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  for (const [id, attributes] of nodes) graph.addNode(id, attributes);
  let generated = 0;
  for (const e of edges) {
    const missing = [e.source, e.target].filter((n) => !graph.hasNode(n));
    if (missing.length > 0) {
      const which = missing.map((m) => `"${m}"`).join(' and ');
      warn(
        `edge ${e.key === undefined ? '' : `"${e.key}" `}points to the missing node${missing.length > 1 ? 's' : ''} ${which}; it was skipped`,
        e.line,
        e.column,
      );
      continue;
    }
    let key = e.key;
    if (key !== undefined && graph.hasEdge(key)) {
      warn(`edge "${key}" is defined again; the first is kept and this one skipped`, e.line, e.column);
      continue;
    }
    while (key === undefined || graph.hasEdge(key)) key = `e${generated++}`;
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, e.source, e.target, e.attributes);
    else graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attributes);
  }
  return graph;
}

/** Whether every node has a finite position; if not, the caller lays the graph out. */
export function isPositioned(graph: Graph): boolean {
  if (graph.order === 0) return false;
  let positioned = 0;
  graph.forEachNode((_n, a) => {
    if (typeof a.x === 'number' && Number.isFinite(a.x) && typeof a.y === 'number' && Number.isFinite(a.y))
      positioned++;
  });
  return positioned === graph.order;
}
