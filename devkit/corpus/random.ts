/** Seeded draws for the corpus generator: uniform picks and power-law (Zipf) picks. */
import { mulberry32 } from '../../src/core/util';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (maxExclusive: number) => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    chance: (p: number) => next() < p,
  };
}

/**
 * Draws items with probability proportional to 1 / rank^exponent: a few actors are in every
 * article, most in one or two, as mention counts in news are (Zipf's law). Ranks are a seeded
 * shuffle of the items, so popularity does not follow the ids.
 */
export class ZipfPicker<T> {
  private readonly cumulative: Float64Array;
  private readonly ranked: T[];

  constructor(items: readonly T[], random: Random, exponent = 1) {
    this.ranked = [...items];
    for (let i = this.ranked.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [this.ranked[i], this.ranked[j]] = [this.ranked[j]!, this.ranked[i]!];
    }
    this.cumulative = new Float64Array(this.ranked.length);
    let total = 0;
    for (let r = 0; r < this.ranked.length; r++) {
      total += 1 / (r + 1) ** exponent;
      this.cumulative[r] = total;
    }
  }

  get size(): number {
    return this.ranked.length;
  }

  pick(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1]!;
    const u = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return this.ranked[lo]!;
  }
}
