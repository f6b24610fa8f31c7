/**
 * The live builder takes betweenness and communities from its last build only when the projection
 * they depend on is the same, and its metrics are then those a fresh build of the folder computes:
 * after an edit that keeps the projection (a note), one that changes its edge counts (a second
 * stance between linked actors) and one that links a new pair.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeMetricAttributes, runPipeline } from '../../../../src/core';
import { FolderState } from '../../../../src/node/edit';
import { folderSource } from '../../../../src/node/read';
import { LiveBuild } from '../../../../src/node/serve';
import { seedCopy } from '../../../support/live-server';

const dir = seedCopy('stancegraph-metrics-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARTICLE = 'articles/000_05cd6d67e97d83d5.yaml';
const METRICS = Object.keys(nodeMetricAttributes.shape);

const stance = (id: string, actor: string, target: string) =>
  [
    `  - id: ${id}`,
    '    type: opposes',
    `    actor: ${actor}`,
    `    target: ${target}`,
    '    source: 000_05cd6d67e97d83d5',
    '    evidence:',
    '      - quote: Russia considers the U.S.-led missile defense plans as a potential threat',
    '',
  ].join('\n');

describe('metrics after an edit', () => {
  const state = new FolderState(dir, 'data');
  state.load();
  const live = new LiveBuild(state, { seed: 1 });
  live.initial();

  /** Writes the article, rebuilds, and compares every node's metrics with a fresh build's. */
  function edit(change: (text: string) => string) {
    const path = join(dir, ARTICLE);
    writeFileSync(path, change(readFileSync(path, 'utf8')));
    state.refresh([ARTICLE]);
    live.rebuild([ARTICLE]);
    const fresh = runPipeline(folderSource(dir), { seed: 1, until: 'style' }).graph!;
    fresh.forEachNode((node, attributes) => {
      const ours = live.graph!.getNodeAttributes(node);
      for (const name of METRICS)
        expect(ours[name as keyof typeof ours], `${node}.${name}`).toEqual(
          attributes[name as keyof typeof attributes],
        );
    });
    return { ...live.reuse.counts };
  }

  it('reuses both when the projection is the same', () => {
    const counts = edit((t) => t.replace('    note: The narrator', '    note: Edited. The narrator'));
    expect(counts).toMatchObject({ betweennessReused: 1, communitiesReused: 1 });
  });

  it('reuses betweenness only when an edge count changed', () => {
    const counts = edit((t) => `${t}${stance('russia-opposes-shield-again', 'russia', 'missile-shield')}`);
    expect(counts).toMatchObject({ betweennessReused: 2, communitiesReused: 1, communities: 2 });
  });

  it('computes both again when a new pair is linked', () => {
    const before = { ...live.reuse.counts };
    const counts = edit((t) => `${t}${stance('urals-opposes-shield', 'nato', 'urals')}`);
    expect(counts.betweenness).toBe(before.betweenness + 1);
    expect(counts.communities).toBe(before.communities + 1);
  });
});
