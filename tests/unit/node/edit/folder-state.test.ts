/**
 * The folder held in memory validates as `stancegraph validate` does: the same diagnostics in the
 * same order, at start, after a file changed on disk and was read again, and for a change not yet
 * written (the editor's check), while parsing again only the files that changed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FolderState } from '../../../../src/node/edit';
import { seedCopy } from '../../../support/live-server';
import { validateFolder } from '../../../support/pipeline';

const dir = seedCopy('stancegraph-state-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ARTICLE = 'articles/000_05cd6d67e97d83d5.yaml';
const broken = (text: string) =>
  text.replace('    actor: nato\n', '    actor: natoo\n').replace('dateText: Monday', 'dateText: [Monday');

describe('the folder held in memory', () => {
  const state = new FolderState(dir, 'data');
  state.load();
  const fresh = () => {
    const { diagnostics, errors, warnings } = validateFolder(dir, 'data');
    return { diagnostics, errors, warnings };
  };
  const held = (changes?: Map<string, string>) => {
    const { diagnostics, errors, warnings } = state.validate(changes);
    return { diagnostics, errors, warnings };
  };

  it('validates as the command line does', () => {
    expect(held()).toEqual(fresh());
  });

  it('after a file changed on disk and was read again', () => {
    const path = join(dir, ARTICLE);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, broken(text));
    expect(state.refresh([ARTICLE, 'entities/actors.yaml'])).toEqual([ARTICLE]);
    const now = held();
    expect(now.errors).toBeGreaterThan(0);
    expect(now).toEqual(fresh());
    writeFileSync(path, text);
    state.refresh([ARTICLE]);
    expect(held()).toEqual(fresh());
  });

  it('for a change not yet written, as the folder will be once it is', () => {
    const path = join(dir, ARTICLE);
    const text = readFileSync(path, 'utf8');
    const before = held(new Map([[ARTICLE, broken(text)]]));
    writeFileSync(path, broken(text));
    expect(before).toEqual(fresh());
    writeFileSync(path, text);
  });
});
