/**
 * Betweenness computed in a worker thread (large graphs, during the layout) is the very same array
 * as computed in place: same kernel, same seeded sources, same order of sums.
 */
import { describe, expect, it } from 'vitest';
import { layoutTestGraph } from '../../../../devkit/graphs/synthetic-graph';
import { betweenness, undirectedProjection } from '../../../../src/core/metrics';
import { threadedBetweenness, WORKER_MIN_NODES } from '../../../../src/node/threads';

describe('betweenness in a worker thread', () => {
  it('equals the in-place computation, sampled and exact', () => {
    const p = undirectedProjection(layoutTestGraph(WORKER_MIN_NODES + 500, 5));
    for (const samples of [300, Infinity]) {
      const inPlace = betweenness(p, samples, 7);
      const job = threadedBetweenness(p, samples, 7);
      expect(job.thread).toBe('worker');
      expect(job.result()).toEqual(inPlace);
      expect(job.thread).toBe('worker');
    }
  });
});
