/**
 * Betweenness and communities again only when what they are computed from changed. Both depend on
 * the graph's undirected projection alone (betweenness on its pairs, communities on its pairs and
 * their edge counts), and both are deterministic for a seed: when an edit leaves the projection as
 * it was — a note, a type, a position changed; a claim added between actors already linked — the
 * last values are the values, and the rebuild skips the two slowest metrics.
 */
import {
  communities,
  type BetweennessJob,
  type BetweennessRunner,
  type CommunityRunner,
  type Projection,
} from '../../core';
import { threadedBetweenness } from '../threads';

function samePairs(a: Projection, b: Projection): boolean {
  if (a.nodes.length !== b.nodes.length || a.neighbors.length !== b.neighbors.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  for (let i = 0; i < a.offsets.length; i++) if (a.offsets[i] !== b.offsets[i]) return false;
  for (let i = 0; i < a.neighbors.length; i++) if (a.neighbors[i] !== b.neighbors[i]) return false;
  return true;
}

function sameWeights(a: Projection, b: Projection): boolean {
  for (let i = 0; i < a.weights.length; i++) if (a.weights[i] !== b.weights[i]) return false;
  return true;
}

interface Kept<T> {
  projection: Projection;
  key: string;
  values: T;
}

export class MetricReuse {
  private betweennessKept: Kept<Float64Array> | undefined;
  private communitiesKept: Kept<Int32Array> | undefined;
  /** How many times each was computed, and taken from the last run (for the tests and the bench). */
  readonly counts = { betweenness: 0, betweennessReused: 0, communities: 0, communitiesReused: 0 };

  readonly betweenness: BetweennessRunner = (p, samples, seed): BetweennessJob => {
    const key = `${samples}\0${seed}`;
    const kept = this.betweennessKept;
    if (kept && kept.key === key && samePairs(p, kept.projection)) {
      this.counts.betweennessReused++;
      return { thread: 'main', result: () => kept.values };
    }
    this.counts.betweenness++;
    const job = threadedBetweenness(p, samples, seed);
    return {
      thread: job.thread,
      result: () => {
        const values = job.result();
        this.betweennessKept = { projection: p, key, values };
        return values;
      },
    };
  };

  readonly communities: CommunityRunner = (p, seed) => {
    const key = String(seed);
    const kept = this.communitiesKept;
    if (kept && kept.key === key && samePairs(p, kept.projection) && sameWeights(p, kept.projection)) {
      this.counts.communitiesReused++;
      return kept.values;
    }
    this.counts.communities++;
    const values = communities(p, seed);
    this.communitiesKept = { projection: p, key, values };
    return values;
  };
}
