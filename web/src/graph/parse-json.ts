/** graph.json (graphology's `graph.export()` format, as `stancegraph build` writes it) → a graph. */
import Graph from 'graphology';
import { GraphFileError } from './errors';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseGraphJson(text: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`This file is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new GraphFileError(
      'This JSON file is not a graph: a graph.json has a "nodes" list (graphology\'s export format).',
    );
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) {
    throw new GraphFileError('This JSON file is not a graph: its "edges" is not a list.');
  }
  for (const [i, node] of data.nodes.entries()) {
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      throw new GraphFileError(`This JSON file is not a graph: node ${i + 1} has no "key".`);
    }
  }
  const options = isObject(data.options) ? data.options : {};
  try {
    // Multi by default: a file with parallel edges must not fail for want of the option.
    return Graph.from(data as never, { multi: true, allowSelfLoops: true, ...options } as never);
  } catch (error) {
    throw new GraphFileError(`This graph.json cannot be read: ${(error as Error).message}`);
  }
}
