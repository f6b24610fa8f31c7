/**
 * graph.json (graphology's serialization) → a graph, with the same repairs as the GEXF reader:
 * non-finite positions and sizes left out, edges to missing nodes and repeated keys skipped.
 */
import Graph from 'graphology';
import { isPositioned } from './assemble';
import {
  GraphFileError,
  defaultReadLimits,
  type ImportResult,
  type ImportWarning,
  type ReadLimits,
} from './types';

interface SerializedNode {
  key: unknown;
  attributes?: Record<string, unknown>;
}
interface SerializedEdge {
  key?: unknown;
  source: unknown;
  target: unknown;
  attributes?: Record<string, unknown>;
  undirected?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readGraphJson(text: string, limits: Partial<ReadLimits> = {}): ImportResult {
  const { maxChars, maxNodes, maxEdges } = { ...defaultReadLimits, ...limits };
  if (text.length > maxChars)
    throw new GraphFileError(
      `This file is larger than the limit of ${Math.round(maxChars / 1024 / 1024)} M characters.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`This file is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes))
    throw new GraphFileError(
      'This JSON file is not a graph: expected an object with a "nodes" list (graphology\'s export format).',
    );
  const edges = Array.isArray(data.edges) ? (data.edges as unknown[]) : [];
  // Refused before any of it is built: the same limits, and the same words, as the GEXF reader's.
  const past = (count: number, limit: number, what: string) =>
    new GraphFileError(
      `This graph has ${count.toLocaleString('en')} ${what}, more than ${limit.toLocaleString('en')}, the limit that keeps memory bounded; filter the file in Gephi first.`,
    );
  if (data.nodes.length > maxNodes) throw past(data.nodes.length, maxNodes, 'nodes');
  if (edges.length > maxEdges) throw past(edges.length, maxEdges, 'edges');
  const options = isObject(data.options) ? data.options : {};
  const type = options.type === 'directed' || options.type === 'undirected' ? options.type : 'mixed';
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  if (isObject(data.attributes)) graph.replaceAttributes(data.attributes);
  const warnings: ImportWarning[] = [];
  const warn = (message: string) => warnings.push({ line: 0, column: 0, message });
  (data.nodes as unknown[]).forEach((raw, i) => {
    const node = raw as SerializedNode;
    if (!isObject(raw) || (typeof node.key !== 'string' && typeof node.key !== 'number'))
      return warn(`node #${i + 1} has no key and was skipped`);
    const key = String(node.key);
    if (graph.hasNode(key)) return warn(`node "${key}" appears again; the first is kept`);
    const attributes = isObject(node.attributes) ? { ...node.attributes } : {};
    for (const field of ['x', 'y', 'size'] as const) {
      if (
        field in attributes &&
        !(typeof attributes[field] === 'number' && Number.isFinite(attributes[field]))
      ) {
        warn(
          `node "${key}": ${field} ${JSON.stringify(attributes[field])} is not a finite number and was left out`,
        );
        delete attributes[field];
      }
    }
    graph.addNode(key, attributes);
  });
  edges.forEach((raw, i) => {
    const edge = raw as SerializedEdge;
    if (!isObject(raw)) return warn(`edge #${i + 1} is not an object and was skipped`);
    const [source, target] = [String(edge.source), String(edge.target)];
    const missing = [source, target].filter((n) => !graph.hasNode(n));
    if (missing.length)
      return warn(
        `edge ${edge.key === undefined ? `#${i + 1}` : `"${String(edge.key)}"`} points to the missing node ${missing.map((m) => `"${m}"`).join(' and ')}; it was skipped`,
      );
    const attributes = isObject(edge.attributes) ? edge.attributes : {};
    const undirected = type === 'undirected' || (type === 'mixed' && edge.undirected === true);
    const key = edge.key === undefined ? undefined : String(edge.key);
    if (key !== undefined && graph.hasEdge(key))
      return warn(`edge "${key}" appears again; the first is kept`);
    if (key === undefined) {
      if (undirected) graph.addUndirectedEdge(source, target, attributes);
      else graph.addDirectedEdge(source, target, attributes);
    } else if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return { graph, warnings, format: 'json', positioned: isPositioned(graph) };
}
