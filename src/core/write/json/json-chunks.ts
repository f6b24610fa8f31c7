/**
 * graph.json, streamed: the exact text of `JSON.stringify(graph.export())` plus a final newline,
 * yielded in chunks so that no single string holds the whole graph (V8 strings stop at 2^29
 * characters, and one giant string doubles peak memory).
 */
import type Graph from 'graphology';
import { DEFAULT_CHUNK_SIZE } from '../gexf';

// The GEXF writer's chunk size, for the same reason: larger chunks land in V8's slow large-object
// space.
const DEFAULT_CHUNK = DEFAULT_CHUNK_SIZE;

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

export function* graphJsonChunks(graph: Graph, chunkSize = DEFAULT_CHUNK): Generator<string> {
  const parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  // The same fields, in the same order, as graphology's serializeNode/serializeEdge.
  push(
    `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":{`,
  );
  // Graph attributes hold every source's full text: lists are written item by item, so that a corpus
  // of texts past V8's longest string (2^29 characters) still streams.
  let first = true;
  for (const [key, value] of Object.entries(graph.getAttributes())) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      push(JSON.stringify(value));
      continue;
    }
    push('[');
    for (let i = 0; i < value.length; i++) {
      push(`${i ? ',' : ''}${JSON.stringify(value[i]) ?? 'null'}`);
      if (size >= chunkSize) {
        yield parts.join('');
        parts.length = 0;
        size = 0;
      }
    }
    push(']');
  }
  push('},"nodes":[');
  first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    push(
      `${first ? '' : ','}{"key":${JSON.stringify(node)}${hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : ''}}`,
    );
    first = false;
    if (size >= chunkSize) {
      yield parts.join('');
      parts.length = 0;
      size = 0;
    }
  }
  push('],"edges":[');
  first = true;
  const mixed = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const attrs = hasKeys(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : '';
    push(
      `${first ? '' : ','}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attrs}${mixed && undirected ? ',"undirected":true' : ''}}`,
    );
    first = false;
    if (size >= chunkSize) {
      yield parts.join('');
      parts.length = 0;
      size = 0;
    }
  }
  push(']}\n');
  yield parts.join('');
}

export function graphJsonString(graph: Graph): string {
  return [...graphJsonChunks(graph)].join('');
}
