/**
 * Past a hard limit the tools say which limit and what to do: V8's 2^24 entries in one Map (the
 * graph keeps every edge in one), V8's longest string, the machine's memory (estimated before
 * reading, so that a corpus too large stops instead of crashing), and a browser tab's heap (the
 * viewer's capacity, warned at build time). The messages are V8's own, as Node 20 throws them.
 */
import { describe, expect, it } from 'vitest';
import { viewerSettingsFor } from '../../../../web/src/settings/viewer-settings';
import { planMemory } from '../../../../src/node/memory';
import { explainLimit, LimitError, viewerCapacity, withinLimits } from '../../../../src/core/util';

describe("V8's hard limits", () => {
  it('turns "Map maximum size exceeded" into a LimitError that names the limit and the remedy', () => {
    // What V8 throws at the 16,777,217th entry of a Map (checked with Node 20.20).
    const error = explainLimit(new RangeError('Map maximum size exceeded'), 'building the graph');
    expect(error).toBeInstanceOf(LimitError);
    expect((error as LimitError).limit).toBe('map-entries');
    expect((error as LimitError).message).toMatch(
      /^while building the graph: more than 16,777,216 \(2\^24\)/,
    );
    expect((error as LimitError).message).toMatch(/relations and stances together/);
    expect((error as LimitError).message).toMatch(/Split the corpus into several data folders/);
  });

  it('turns "Invalid string length" into a LimitError about the 2^29-character string', () => {
    const error = explainLimit(new RangeError('Invalid string length'), 'writing graph.json') as LimitError;
    expect(error.limit).toBe('string-length');
    expect(error.message).toMatch(/longer than 536,870,888 characters \(2\^29/);
  });

  it('leaves every other error as it is', () => {
    const other = new RangeError('Maximum call stack size exceeded');
    expect(explainLimit(other, 'x')).toBe(other);
    expect(() => withinLimits('x', () => JSON.parse('{'))).toThrow(SyntaxError);
    expect(() =>
      withinLimits('validating the data', () => {
        throw new RangeError('Set maximum size exceeded');
      }),
    ).toThrow(LimitError);
  });
});

describe('memory plan before reading a corpus', () => {
  const GB = 2 ** 30;
  it('runs as is when the estimate fits and the input is small', () => {
    expect(planMemory(31 * 2 ** 20, 4096, 24 * 1024)).toMatchObject({ action: 'fits', nodeFlags: [] });
  });
  it('runs with a 64 MB semi-space from 32 MB of input on, in the default heap when it fits', () => {
    expect(planMemory(32 * 2 ** 20, 4096, 24 * 1024)).toMatchObject({
      action: 'fits',
      nodeFlags: ['--max-semi-space-size=64'],
    });
    expect(planMemory(0.5 * GB, 4096, 24 * 1024)).toMatchObject({
      action: 'fits',
      nodeFlags: ['--max-semi-space-size=64'],
    });
  });
  it('asks for a larger heap when the machine has the memory', () => {
    const plan = planMemory(1.5 * GB, 4096, 24 * 1024);
    expect(plan.action).toBe('raise-heap');
    // 256 MB + 5 × 1,536 MB = 7,936 MB needed, asked for with a quarter more.
    expect(plan.neededHeapMb).toBe(7936);
    expect(plan.heapMb).toBe(9920);
    expect(plan.nodeFlags).toEqual(['--max-old-space-size=9920', '--max-semi-space-size=64']);
  });
  it('asks for no more than 80% of the machine', () => {
    const plan = planMemory(1.5 * GB, 4096, 10 * 1024);
    expect(plan).toMatchObject({ action: 'raise-heap', heapMb: 8192 });
  });
  it('stops with a message, not a crash, when the machine cannot hold it', () => {
    const plan = planMemory(10 * GB, 4096, 24 * 1024);
    expect(plan.action).toBe('too-large');
    expect(plan.nodeFlags).toEqual([]);
    expect(plan.message).toMatch(/holds 10\.0 GB of YAML and source texts; reading it needs about 50\.\d GB/);
    expect(plan.message).toMatch(/this machine has 24\.0 GB/);
    expect(plan.message).toMatch(/Split the corpus/);
  });
});

describe('the viewer in a browser tab', () => {
  it('fits a graph.json of a few hundred megabytes', () => {
    expect(viewerCapacity(300e6)).toEqual({ fits: true });
  });
  it('refuses past the longest string a browser holds, saying so', () => {
    const c = viewerCapacity(600e6);
    expect(c).toMatchObject({ fits: false, limit: 'browser-string-length' });
    expect(c.fits === false && c.message).toMatch(/2\^29 characters.*Open graph\.gexf in Gephi/);
  });
  it("refuses past a tab's 4 GB heap, saying how much it would need", () => {
    const c = viewerCapacity(1.2e9);
    expect(c).toMatchObject({ fits: false, limit: 'browser-heap' });
    expect(c.fits === false && c.message).toMatch(
      /is 1\.1 GB: a browser tab would need about 5\.6 GB of memory to show it, past the 4 GB/,
    );
  });
  it('chooses Sigma settings by graph size', () => {
    expect(viewerSettingsFor({ nodes: 30, edges: 40 })).toMatchObject({
      hideEdgesOnMove: false,
      renderEdgeLabels: true,
    });
    expect(viewerSettingsFor({ nodes: 10_000, edges: 50_000 })).toMatchObject({
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      renderEdgeLabels: false,
      enableEdgeEvents: false,
    });
  });
});
