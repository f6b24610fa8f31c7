/**
 * `stancegraph serve` as a user runs it: it prints the address it listens on (any free port with
 * --port 0), answers there, says how to build a viewer that is not built, and stops on SIGTERM.
 */
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { call, seedCopy } from '../../../support/live-server';

describe('stancegraph serve', () => {
  it('prints its address, answers there, and stops on SIGTERM', async () => {
    const dir = seedCopy('stancegraph-serve-cli-');
    const child = spawn(process.execPath, ['lib/cli.js', 'serve', dir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const url = await new Promise<string>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        const found = /Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
        if (found) resolve(found[1]!);
      });
    });
    const port = Number(new URL(url).port);
    expect(port).toBeGreaterThan(0);
    const graph = await call(port, '/graph.json');
    expect(graph.status).toBe(200);
    expect(graph.json().nodes).toHaveLength(21);
    const page = await call(port, '/');
    // The viewer of this checkout may or may not be built: either it is served, or the page says how to build it.
    expect(page.status).toBe(200);
    if (page.body.includes('The viewer is not built')) expect(stderr).toContain('npm run build:web');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a port that is not one', () => {
    const run = spawnSync(process.execPath, ['lib/cli.js', 'serve', 'graph-data', '--port', 'http'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port expects a port number');
  });
});
