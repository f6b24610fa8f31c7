/** `stancegraph analyse`: the networks on the command line, their parameters, and its usage errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'stancegraph-analyse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const cli = (...args: string[]) => spawnSync(process.execPath, ['lib/cli.js', ...args], { encoding: 'utf8' });
const FIXTURE = 'tests/fixtures/valid/positions';

describe('stancegraph analyse', () => {
  it('writes the positions of the seed as CSV, its parameters on stderr, traced to the built graph.json', () => {
    const run = cli('analyse', 'graph-data', '--network', 'positions');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'actor,actor_label,target,target_label,position,statements,sources,first_date,last_date',
    );
    expect(lines).toContain(
      'russia,Russia,legally-binding-guarantees,Legally binding guarantees,for,1,1,2011-05-16,2011-05-16',
    );
    expect(lines).toContain(
      'united-states,United States,legally-binding-guarantees,Legally binding guarantees,against,1,1,,',
    );
    const parameters = JSON.parse(run.stderr);
    expect(parameters).toMatchObject({
      network: 'positions',
      normalize: 'none',
      actors: 'principals',
      background: false,
    });
    expect(cli('build', 'graph-data', '--out', join(root, 'dist')).status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'manifest.json'), 'utf8'));
    expect(parameters.dataDigest).toBe(manifest.files['graph.json'].sha256);
    expect(readFileSync(join(root, 'dist', 'positions.csv'), 'utf8')).toBe(run.stdout);
  });

  it('writes a file and, for CSV, its parameters beside it; other formats carry them inside', () => {
    const csv = join(root, 'alignment.csv');
    const run = cli('analyse', FIXTURE, '--network', 'alignment', '--normalize', 'jaccard', '--out', csv);
    expect([run.status, run.stdout.trim()]).toEqual([0, `Wrote ${csv} and ${csv}.json: 3 edges, 3 nodes`]);
    expect(readFileSync(csv, 'utf8')).toBe(
      'actor_a,actor_b,congruence,conflict,targets_shared\r\nalpha,beta,0.25,0.5,2\r\nalpha,gamma,0.25,0.5,3\r\nbeta,gamma,1,0,2\r\n',
    );
    expect(JSON.parse(readFileSync(`${csv}.json`, 'utf8'))).toMatchObject({
      network: 'alignment',
      normalize: 'jaccard',
    });
    const graphml = join(root, 'voices.graphml');
    expect(
      cli('analyse', 'graph-data', '--network', 'voices', '--format', 'graphml', '--out', graphml).status,
    ).toBe(0);
    expect(readFileSync(graphml, 'utf8')).toContain('&quot;network&quot;: &quot;voices&quot;');
  });

  it('takes a date window of partial dates and says what it left out', () => {
    const run = cli('analyse', FIXTURE, '--network', 'positions', '--from', '2020-06', '--to', '2020');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\r\n')).toHaveLength(7);
    expect(JSON.parse(run.stderr)).toMatchObject({
      from: '2020-06-01',
      to: '2020-12-31',
      excluded: { background: 1, undated: 1, outsideWindow: 4 },
    });
  });

  it('refuses a projection too large for its cap with a message that names the target, exit 1', () => {
    const run = cli('analyse', FIXTURE, '--network', 'alignment', '--max-actors-per-target', '2');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('stancegraph analyse: alignment: the target "xeno" has 3 actors');
  });

  it.each([
    [
      ['--network', 'cliques'],
      '--network expects positions, alignment, interactions, voices, found "cliques"',
    ],
    [[], '--network expects positions, alignment, interactions, voices, found nothing'],
    [
      ['--network', 'alignment', '--normalize', 'average'],
      '--normalize expects none, jaccard, cosine, found "average"',
    ],
    [
      ['--network', 'positions', '--from', '2011-13'],
      '--from expects a date (2011, 2011-05 or 2011-05-16), found "2011-13"',
    ],
    [
      ['--network', 'positions', '--from', '2012', '--to', '2011'],
      '--to expects a date on or after --from (2012), found "2011"',
    ],
    [
      ['--network', 'positions', '--format', 'xlsx'],
      '--format expects csv, gexf, graphml, json, found "xlsx"',
    ],
  ])('says what is wrong with %j, exit 2', (args, message) => {
    const run = cli('analyse', 'graph-data', ...args);
    expect([run.status, run.stderr.trim()]).toEqual([2, `stancegraph analyse: ${message}`]);
  });

  it("refuses another command's options", () => {
    const run = cli('build', 'graph-data', '--network', 'positions');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('stancegraph build: unknown option --network');
  });
});
