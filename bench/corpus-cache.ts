/**
 * Generated corpora are kept in bench/corpus/ (git-ignored) and made again only when the generator's
 * sources change: a 1M-stance corpus takes about a minute to write.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type CorpusSummary } from '../devkit/corpus';

export const CORPUS_ROOT = join(import.meta.dirname, 'corpus');

function generatorVersion(): string {
  const dir = join(import.meta.dirname, '..', 'devkit', 'corpus');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

export interface CachedCorpus extends CorpusSummary {
  dir: string;
  version: string;
  generateMs: number;
  /** Whether it was made in this run. */
  generated: boolean;
}

export function corpusFor(name: string, stances: number, seed: number): CachedCorpus {
  const dir = join(CORPUS_ROOT, `${name}-seed${seed}`);
  const stamp = join(dir, '.corpus.json');
  const version = generatorVersion();
  if (existsSync(stamp)) {
    const cached = JSON.parse(readFileSync(stamp, 'utf8')) as CachedCorpus;
    if (cached.version === version && cached.stances === stances) return { ...cached, dir, generated: false };
  }
  const start = performance.now();
  const summary = generateCorpus(dir, { stances, seed });
  const corpus = {
    ...summary,
    version,
    generateMs: Math.round(performance.now() - start),
    dir,
    generated: true,
  };
  writeFileSync(stamp, JSON.stringify(corpus));
  return corpus;
}
