/**
 * graph.json is streamed item by item, the graph's attributes too (they hold every source's full
 * text): whatever the chunk size, the text is exactly JSON.stringify(graph.export()) and a newline,
 * and no chunk holds a whole list of sources.
 */
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphJsonChunks } from '../../../../src/core/write';

describe('graphJsonChunks', () => {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const sources = Array.from({ length: 50 }, (_, i) => ({
    id: `s${i}`,
    text: `Text ${i} "quoted" \u2028 é`.repeat(20),
  }));
  graph.replaceAttributes({
    name: 'n',
    sources,
    empty: [],
    nested: { a: [1, { b: null }] },
    missing: undefined,
    holes: [undefined, 1, () => 0],
  });
  graph.addNode('a', { label: 'A' });
  graph.addNode('b');
  graph.addEdgeWithKey('e1', 'a', 'b', { w: 1 });
  graph.addEdgeWithKey('e2', 'a', 'a');

  it.each([1, 100, 64 * 1024])(
    'writes JSON.stringify(graph.export()) with chunks of %i characters',
    (size) => {
      const chunks = [...graphJsonChunks(graph, size)];
      expect(chunks.join('')).toBe(`${JSON.stringify(graph.export())}\n`);
      if (size === 100) {
        const whole = JSON.stringify(sources).length;
        expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole / 10);
      }
    },
  );
});
