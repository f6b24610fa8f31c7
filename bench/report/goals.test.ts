/**
 * The goals' verdicts on hand-made results: met, MISSED, a baseline or a writer that failed (ERROR,
 * never a pass), a part left out (not measured); every goal with its tolerance and a command.
 */
import { describe, expect, it } from 'vitest';
import { analysisGoal, evaluateGoals, FLAT_TOLERANCE_MB, GROWTH_TOLERANCE } from './goals';
import type { BenchResults, BuildResult, Goal, Writers, WritersResult } from './results';

function results(extra: Partial<BenchResults> = {}): BenchResults {
  return {
    machine: { cpu: 'CPU', cores: 2, memoryGb: 24, os: 'Linux', node: 'v20' },
    date: '2026-12-01T00:00:00.000Z',
    seed: 1,
    loadAverage: { start: 1 },
    corpora: [],
    builds: [],
    failures: [],
    ...extra,
  };
}

const runs = (ms: number, n = 3) => ({ ms, runsMs: Array.from({ length: n }, () => ms) });

const writers = (w: Partial<Record<keyof Writers, object>>): Writers => w as Writers;

/** The reference graph's writers: ours 1 s in memory, 1.2 s to a file (1.5 s as the build writes it). */
function reference(w: Partial<Record<keyof Writers, object>>, networkx?: object): BenchResults {
  return results({
    writersReference: {
      nodes: 5000,
      edges: 100_000,
      graphMs: 1,
      graphHeapMb: 1,
      peakRssMb: 1,
      writers: writers({
        gexfStream: runs(1000),
        gexfPlainFile: runs(1200),
        gexfFile: runs(1500),
        ...w,
      }),
      ...(networkx ? { networkx } : {}),
    } as WritersResult,
  });
}

const byId = (goals: Goal[], id: string) => {
  const g = goals.find((x) => x.id.startsWith(id));
  if (!g) throw new Error(`no goal ${id} in ${goals.map((x) => x.id).join(', ')}`);
  return g;
};

describe('writer goals', () => {
  it('meets and misses the ratio goals on their exact targets, with no tolerance', () => {
    const goals = evaluateGoals(
      reference({ graphologyGexf: runs(6000), jsonStringify: runs(500) }, runs(9600)),
    );
    const graphology = byId(goals, 'gexf-vs-graphology-gexf');
    expect([graphology.verdict, graphology.met, graphology.tolerance]).toEqual(['met', true, 'none']);
    expect(graphology.measured).toMatch(
      /^ours 1\.00 s, graphology-gexf 6\.00 s \(median of 3 each\): 6\.00×/,
    );
    // 9.6 s over 1.2 s to a file: exactly 8×.
    expect(byId(goals, 'gexf-vs-networkx').verdict).toBe('met');
    // 1 s over JSON.stringify's 0.5 s: exactly 2×.
    expect(byId(goals, 'gexf-vs-json-stringify').verdict).toBe('met');

    const missed = evaluateGoals(
      reference({ graphologyGexf: runs(5990), jsonStringify: runs(499) }, runs(9590)),
    );
    for (const id of ['gexf-vs-graphology-gexf', 'gexf-vs-networkx', 'gexf-vs-json-stringify']) {
      expect([byId(missed, id).verdict, byId(missed, id).met]).toEqual(['MISSED', false]);
    }
  });

  it('compares networkx, which writes a file, with ours to a file, showing the build writer beside it', () => {
    const g = byId(evaluateGoals(reference({}, runs(6000))), 'gexf-vs-networkx');
    expect(g.measured).toBe(
      'ours to a file 1.20 s (median of 3), networkx to a file 6.00 s (median of 3): 5.00×; as the build writes it (SHA-256 and fsync added) 1.50 s: 4.00×',
    );
    expect(g.verdict).toBe('MISSED');
  });

  it('gives ERROR, never a pass, when a baseline fails', () => {
    const goals = evaluateGoals(
      reference(
        {
          graphologyGexf: { error: 'RangeError: Invalid string length' },
          jsonStringify: { error: 'RangeError: Invalid string length' },
        },
        { error: "python3 exited with 1: ModuleNotFoundError: No module named 'networkx'" },
      ),
    );
    for (const id of ['gexf-vs-graphology-gexf', 'gexf-vs-networkx', 'gexf-vs-json-stringify']) {
      expect([byId(goals, id).verdict, byId(goals, id).met], id).toEqual(['ERROR', false]);
    }
    expect(byId(goals, 'gexf-vs-networkx').measured).toMatch(/^networkx failed: python3 exited with 1/);
  });

  it('gives ERROR when our writer fails, and when the runs are not as many on both sides', () => {
    const ours = evaluateGoals(
      reference(
        { gexfStream: { error: 'Error: boom' }, gexfPlainFile: { error: 'Error: boom' } },
        runs(9600),
      ),
    );
    expect(byId(ours, 'gexf-vs-graphology-gexf').verdict).toBe('ERROR');
    expect(byId(ours, 'gexf-vs-networkx').verdict).toBe('ERROR');
    const uneven = byId(evaluateGoals(reference({}, runs(96000, 1))), 'gexf-vs-networkx');
    expect(uneven.verdict).toBe('ERROR');
    expect(uneven.measured).toMatch(/not the same number of runs$/);
  });

  it('leaves a baseline deliberately not run, or a part not measured, as not measured', () => {
    const goals = evaluateGoals(reference({ graphologyGexf: { error: 'not run: graph.json is 944 MB' } }));
    expect(byId(goals, 'gexf-vs-graphology-gexf')).toMatchObject({ verdict: 'not measured', met: null });
    expect(byId(goals, 'gexf-vs-networkx')).toMatchObject({ verdict: 'not measured', met: null });
  });
});

describe('memory goals', () => {
  const scale = (
    edges: number,
    gexfMb: number,
    graphology: object = { error: 'RangeError: Invalid string length' },
  ) =>
    ({
      nodes: 5000,
      edges,
      graphMs: 1,
      graphHeapMb: 1,
      peakRssMb: 1,
      writers: writers({
        gexfFile: { ...runs(1), bytes: 10, heapAboveGraphMb: gexfMb },
        jsonStream: { ...runs(1), heapAboveGraphMb: 0 },
        jsonStringify: { error: 'RangeError: Invalid string length' },
        graphologyGexf: graphology,
      }),
    }) as WritersResult;

  it('calls a heap that grows with the graph MISSED, with its growth per million edges', () => {
    const goals = evaluateGoals(
      results({ writersScale: [scale(100_000, 1), scale(1_000_000, 8), scale(3_000_000, 24)] }),
    );
    const flat = byId(goals, 'gexf-memory-flat');
    expect(flat.verdict).toBe('MISSED');
    expect(flat.tolerance).toBe(
      `spread (largest − smallest) ≤ ${FLAT_TOLERANCE_MB} MB across sizes (figures rounded to 1 MB)`,
    );
    expect(flat.measured).toBe(
      'heap above the graph while writing: 0.1M edges: 1 MB, 1.0M edges: 8 MB, 3.0M edges: 24 MB; +7.9 MB per million edges, spread 23 MB',
    );
    expect(byId(goals, 'json-memory-flat').verdict).toBe('met');
  });

  it('meets flatness within the tolerance only', () => {
    const within = evaluateGoals(
      results({ writersScale: [scale(100_000, 0), scale(3_000_000, FLAT_TOLERANCE_MB)] }),
    );
    expect(byId(within, 'gexf-memory-flat').verdict).toBe('met');
    const past = evaluateGoals(
      results({ writersScale: [scale(100_000, 0), scale(3_000_000, FLAT_TOLERANCE_MB + 1)] }),
    );
    expect(byId(past, 'gexf-memory-flat').verdict).toBe('MISSED');
  });

  it('verifies at 3M edges that ours wrote the file and that graphology-gexf was run and failed', () => {
    const ok = evaluateGoals(results({ writersScale: [scale(100_000, 0), scale(3_000_000, 0)] }));
    expect(byId(ok, 'gexf-3m-edges').verdict).toBe('met');
    const survived = evaluateGoals(
      results({
        writersScale: [scale(100_000, 0), scale(3_000_000, 0, { ...runs(90_000), heapAboveGraphMb: 9000 })],
      }),
    );
    expect(byId(survived, 'gexf-3m-edges').verdict).toBe('MISSED');
    expect(byId(survived, 'gexf-3m-edges').measured).toMatch(/graphology-gexf did not fail: 9000 MB/);
    const small = evaluateGoals(results({ writersScale: [scale(100_000, 0), scale(300_000, 0)] }));
    expect(byId(small, 'gexf-3m-edges').verdict).toBe('not measured');
  });
});

describe('build goals', () => {
  const build = (size: string, stances: number, wholeMs: number) =>
    ({
      size,
      stances,
      wholeMs,
      peakRssMb: 100,
      stagesMs: {},
      stagesCpuMs: {},
      counts: {},
      files: {},
    }) as unknown as BuildResult;
  const nlogn = (a: number, b: number) => (b * Math.log(b)) / (a * Math.log(a));

  it('prints the growth tolerance and says when the goal is met only within it', () => {
    const within = byId(
      evaluateGoals(
        results({
          builds: [build('1k', 1000, 1000), build('10k', 10_000, 1000 * nlogn(1000, 10_000) * 1.05)],
        }),
      ),
      'growth',
    );
    expect(within.tolerance).toBe(
      `${100 * GROWTH_TOLERANCE}% over the N log N ratio (one build's time moves by a tenth with the machine's load)`,
    );
    expect(within.verdict).toBe('met');
    expect(within.measured).toMatch(/\(5% over\); met only within the tolerance$/);
    const past = byId(
      evaluateGoals(
        results({
          builds: [build('1k', 1000, 1000), build('10k', 10_000, 1000 * nlogn(1000, 10_000) * 1.11)],
        }),
      ),
      'growth',
    );
    expect(past.verdict).toBe('MISSED');
  });

  it('meets and misses the 100k build time', () => {
    expect(
      byId(evaluateGoals(results({ builds: [build('100k', 100_000, 14_999)] })), 'build-100k').verdict,
    ).toBe('met');
    expect(
      byId(evaluateGoals(results({ builds: [build('100k', 100_000, 15_000)] })), 'build-100k').verdict,
    ).toBe('MISSED');
  });
});

describe('every goal', () => {
  it('has a tolerance, a verdict and a command, and a failed measurement is an ERROR goal', () => {
    const goals = evaluateGoals(
      results({
        failures: ['build 100k: exit 134 (heap out of memory)'],
        writersReference: reference({}).writersReference,
      }),
    );
    for (const g of goals) {
      expect(g.tolerance, g.id).toMatch(/\S/);
      expect(g.reproduce, g.id).toMatch(/^(npm run bench( -- |$)|npx vitest run )/);
      expect(['met', 'MISSED', 'ERROR', 'not measured']).toContain(g.verdict);
    }
    expect(byId(goals, 'measurements')).toMatchObject({
      verdict: 'ERROR',
      met: false,
      measured: 'build 100k: exit 134 (heap out of memory)',
    });
  });
});

describe('the analysis-cost goal', () => {
  const run = (wholeMs: number, peakRssMb: number) => ({ wholeMs, peakRssMb });
  it('is met within 15% on the medians, and says the ratios', () => {
    const g = analysisGoal({
      size: '100k',
      stances: 100_000,
      withAnalysis: [run(11_000, 1100), run(11_500, 1150), run(30_000, 1100)],
      without: [run(10_000, 1000), run(10_100, 1010), run(9_900, 990)],
    });
    expect(g.verdict).toBe('met');
    expect(g.measured).toContain('time ×1.150 (11.5 s vs 10.0 s), peak RSS ×1.100');
  });
  it('is MISSED past 15%, on time or on memory', () => {
    expect(
      analysisGoal({ size: '1k', stances: 1000, withAnalysis: [run(1200, 100)], without: [run(1000, 100)] })
        .verdict,
    ).toBe('MISSED');
    expect(
      analysisGoal({ size: '1k', stances: 1000, withAnalysis: [run(1000, 120)], without: [run(1000, 100)] })
        .verdict,
    ).toBe('MISSED');
  });
  it('is an ERROR when the two sides did not run as often, and not measured when skipped', () => {
    expect(
      analysisGoal({ size: '1k', stances: 1000, withAnalysis: [run(1000, 100)], without: [] }).verdict,
    ).toBe('ERROR');
    expect(analysisGoal(undefined).verdict).toBe('not measured');
  });
});
