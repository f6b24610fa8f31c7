/** src/cli/bin.js runs the command from a bundle of src/, rebuilt whenever a source file is newer. */
import { execFileSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUNDLE = join('node_modules', '.cache', 'stancegraph', 'cli.mjs');
const help = () => execFileSync(process.execPath, ['src/cli/bin.js', '--help'], { encoding: 'utf8' });

describe('the command bundle', () => {
  it('is rebuilt when a source file is newer than it, and the command runs from it', () => {
    help();
    // Older than every source file: as after an edit.
    utimesSync(BUNDLE, new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(help()).toContain('Usage: stancegraph <command>');
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(statSync('src/cli/main.ts').mtimeMs);
  });

  it('is used as it stands when no source file is newer', () => {
    help();
    const built = statSync(BUNDLE).mtimeMs;
    expect(help()).toContain('Usage: stancegraph <command>');
    expect(statSync(BUNDLE).mtimeMs).toBe(built);
  });
});
