/**
 * The benchmark's corpus generator (bench/generator): a small corpus validates with no error and no
 * warning, is the same bytes for the same seed, is written in the plain YAML the fast path reads,
 * and has the shape of news coding (a few actors in most stances, most in few).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateCorpus } from '../../../devkit/corpus';
import { validateFolder } from '../../support/pipeline';
import { formatDiagnostic } from '../../../src/core/validate';
import { parsePlainYaml } from '../../../src/core/validate/plain-yaml';

const root = mkdtempSync(join(tmpdir(), 'stancegraph-bench-gen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function digest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

describe('bench corpus generator', () => {
  const dir = join(root, 'a');
  const summary = generateCorpus(dir, { stances: 600, seed: 7 });

  it('writes a corpus that validates with no error and no warning', () => {
    const result = validateFolder(dir, 'corpus');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const d = result.dataset!;
    expect([d.stances.length, d.sources.length, d.entities.length, d.relations.length]).toEqual([
      summary.stances,
      summary.sources,
      summary.entities,
      summary.relations,
    ]);
    expect(summary.stances).toBe(600);
    // Quotes inside quotation marks, relations with periods and evidence, partial dates: all present.
    expect(d.stances.some((s) => s.evidence.some((e) => e.direct))).toBe(true);
    expect(d.relations.some((r) => r.period?.end !== undefined)).toBe(true);
    expect(d.relations.some((r) => r.evidence.length > 0)).toBe(true);
    expect(new Set(d.stances.map((s) => s.date?.length))).toEqual(new Set([undefined, 7, 10]));
    expect(d.entities.some((e) => e.aliases.length > 0)).toBe(true);
  });

  it('gives the same bytes for the same seed, and others for another seed', () => {
    generateCorpus(join(root, 'b'), { stances: 600, seed: 7 });
    generateCorpus(join(root, 'c'), { stances: 600, seed: 8 });
    expect(digest(join(root, 'b'))).toBe(digest(dir));
    expect(digest(join(root, 'c'))).not.toBe(digest(dir));
  });

  it('writes plain YAML that the fast path reads as yaml does', () => {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.yaml'),
    );
    for (const entry of files) {
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      const fast = parsePlainYaml(text);
      expect(fast, entry.name).toBeDefined();
      expect(fast!.value).toEqual(parseDocument(text, { schema: 'core' }).toJS());
    }
  });

  it('has power-law actors: the busiest takes far more stances than the typical one', () => {
    const stances = validateFolder(dir, 'corpus').dataset!.stances;
    const counts = new Map<string, number>();
    for (const s of stances) counts.set(s.actor, (counts.get(s.actor) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(5 * median);
  });
});
