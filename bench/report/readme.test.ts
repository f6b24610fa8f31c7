/** bench/README.md's figures are exactly what bench/report/readme.ts renders from bench/results.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BENCH_README,
  BENCH_RESULTS,
  FIGURES_END,
  FIGURES_START,
  renderFigures,
  withFigures,
} from './readme';
import type { BenchResults } from './results';

const results = () => JSON.parse(readFileSync(BENCH_RESULTS, 'utf8')) as BenchResults;

describe('bench/README.md', () => {
  it('holds the figures rendered from bench/results.json (npm run bench:readme rewrites them)', () => {
    const readme = readFileSync(BENCH_README, 'utf8');
    expect(withFigures(readme, results())).toBe(readme);
  });

  it('has every figure section between its markers, and nothing after them but the end', () => {
    const readme = readFileSync(BENCH_README, 'utf8');
    const figures = readme.slice(readme.indexOf(FIGURES_START), readme.indexOf(FIGURES_END));
    for (const heading of [
      '### Whole builds',
      '### Writers on the reference graph',
      '### Writers as the graph grows',
      '### ForceAtlas2',
      '### Viewer beside bare Sigma',
      '### Goals',
    ])
      expect(figures).toContain(heading);
    expect(readme.slice(readme.indexOf(FIGURES_END)).trim()).toBe(FIGURES_END);
  });
});

describe('renderFigures', () => {
  it('shows what a run measured, and leaves out the parts it did not', () => {
    const r = results();
    const text = renderFigures({ ...r, browser: undefined, reused: undefined, failures: ['writers: boom'] });
    expect(text).toContain(`Measured ${r.date.slice(0, 10)} on ${r.machine.cpu}`);
    expect(text).not.toContain('### Viewer');
    expect(text).not.toContain('earlier run');
    expect(text).toContain('- writers: boom');
  });

  it('says which parts came from an earlier run, by date, with no commit', () => {
    const r = results();
    const text = renderFigures({
      ...r,
      date: '2026-12-02T08:00:00.000Z',
      reused: [{ part: 'builds', commit: 'abc1234', date: '2026-11-29T04:00:00.000Z' }],
    });
    expect(text).toContain('`builds` on 2026-11-29; the rest on 2026-12-02');
    expect(text).not.toContain('abc1234');
  });

  it('escapes pipes in cells so that a message cannot break a table', () => {
    const r = results();
    const goals = [{ id: 'g', goal: 'a | b', target: '', measured: 'x | y', met: true }];
    expect(renderFigures({ ...r, goals })).toContain('| a \\| b (g) | met | x \\| y |');
  });
});
