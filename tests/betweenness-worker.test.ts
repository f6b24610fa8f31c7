/**
 * Betweenness computed in a worker thread (large graphs, during the layout) is the very same array
 * as computed in place: same kernel, same seeded sources, same order of sums.
 */
import { describe, expect, it } from 'vitest';
import { layoutTestGraph } from '../bench/layout/synthetic-graph';
import { betweenness, startBetweenness, undirectedProjection } from '../src/metrics';
import { WORKER_MIN_NODES } from '../src/metrics/betweenness-job';

describe('betweenness in a worker thread', () => {
  it('equals the in-place computation, sampled and exact', () => {
    const p = undirectedProjection(layoutTestGraph(WORKER_MIN_NODES + 500, 5));
    for (const samples of [300, Infinity]) {
      const inPlace = betweenness(p, samples, 7);
      const job = startBetweenness(p, samples, 7);
      expect(job.thread).toBe('worker');
      expect(job.result()).toEqual(inPlace);
      expect(job.thread).toBe('worker');
    }
  });
});
