/** Publishing outputs: a link to a complete build folder, replaced in one rename. */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildsFolder, currentBuild, OutputFolderError, publishOutputs } from '../../../../src/node/publish';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'stancegraph-publish-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILES = ['a.txt', 'b.txt'];
const writeBoth = (content: string) => (folder: string) => {
  writeFileSync(join(folder, 'a.txt'), content);
  writeFileSync(join(folder, 'b.txt'), content);
};

describe('publishing outputs', () => {
  it('makes the output folder a link to a complete build folder', () => {
    const out = join(root, 'dist');
    const { folder } = publishOutputs(out, FILES, writeBoth('one'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(currentBuild(out)).toBe(folder);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('one');
    expect(existsSync(join(folder, '.complete'))).toBe(true);
  });

  it('replaces the whole set at once on the next build', () => {
    const out = join(root, 'dist');
    publishOutputs(out, FILES, writeBoth('one'));
    publishOutputs(out, FILES, writeBoth('two'));
    expect([readFileSync(join(out, 'a.txt'), 'utf8'), readFileSync(join(out, 'b.txt'), 'utf8')]).toEqual([
      'two',
      'two',
    ]);
  });

  it('keeps the previous set and removes its own folder when writing fails', () => {
    const out = join(root, 'dist');
    publishOutputs(out, FILES, writeBoth('one'));
    const before = currentBuild(out);
    expect(() =>
      publishOutputs(out, FILES, (folder) => {
        writeFileSync(join(folder, 'a.txt'), 'half');
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(currentBuild(out)).toBe(before);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('one');
    expect(readdirSync(buildsFolder(out))).toHaveLength(1);
  });

  it('takes over a real folder that holds only its own files', () => {
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'a.txt'), 'old');
    publishOutputs(out, FILES, writeBoth('new'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('new');
  });

  it('refuses a folder with files of others, and a file in the way', () => {
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.md'), 'mine');
    expect(() => publishOutputs(out, FILES, writeBoth('x'))).toThrow(OutputFolderError);
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('mine');
    const file = join(root, 'file');
    writeFileSync(file, '');
    expect(() => publishOutputs(file, FILES, writeBoth('x'))).toThrow(/exists and is not a folder/);
  });
});
