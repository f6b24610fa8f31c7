/** The command line: exit codes, messages, outputs, --help; run as a user would, through bin.js. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'lib/cli.js');
const work = mkdtempSync(join(tmpdir(), 'stancegraph-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stancegraph validate', () => {
  it('exits 0 and says so when the data is clean', () => {
    const r = run(['validate', 'graph-data']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'graph-data: 0 errors, 0 warnings: 1 source, 21 entities, 23 relations, 19 stances\n',
    );
  });

  it('exits 1 and prints every error located, then a summary', () => {
    const r = run(['validate', 'tests/fixtures/invalid/many-errors']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      'tests/fixtures/invalid/many-errors/data.yaml:23:11: error [unknown-kind] entities[4].kind: expected one of "state", "organization", "government_body", "person", "treaty", "weapon_system", "issue" or "place", found "alliance"',
    );
    expect(lines[6]).toBe('tests/fixtures/invalid/many-errors: 6 errors, 2 warnings');
  });

  it('prints diagnostics as JSON with --json', () => {
    const r = run(['validate', 'tests/fixtures/invalid/unknown-id', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.errors).toBe(5);
    expect(json.diagnostics.find((d: { path: string }) => d.path === 'stances[0].actor')).toEqual({
      severity: 'error',
      code: 'unknown-id',
      file: 'tests/fixtures/invalid/unknown-id/data.yaml',
      line: 25,
      column: 12,
      path: 'stances[0].actor',
      message:
        'expected the id of an entity (the stance\'s actor), found "rusia", which no entity has; did you mean "russia"?',
      suggestions: ['russia'],
    });
  });

  it('exits 2 with a message for a folder that does not exist', () => {
    const r = run(['validate', 'no-such-folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'stancegraph validate: expected a data folder, found no folder at no-such-folder\n',
    );
  });
});

describe('stancegraph build', () => {
  it('writes graph.json, graph.gexf and a manifest into the output folder', () => {
    const out = join(work, 'out1');
    const r = run(['build', 'graph-data', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Built 21 nodes and 42 edges from graph-data \(0 errors, 0 warnings\) in \d+ ms\n/,
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.counts).toEqual({
      nodes: 21,
      edges: 42,
      sources: 1,
      entities: 21,
      relations: 23,
      stances: 19,
    });
    expect(manifest.files['graph.json'].bytes).toBe(readFileSync(join(out, 'graph.json')).length);
    expect(readFileSync(join(out, 'graph.gexf'), 'utf8')).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"/,
    );
  });

  it('writes byte-identical files on a second build of the same data', () => {
    const a = join(work, 'det-a');
    const b = join(work, 'det-b');
    expect(run(['build', 'graph-data', '--out', a]).code).toBe(0);
    expect(run(['build', 'graph-data', '--out', b]).code).toBe(0);
    for (const name of [
      'graph.json',
      'graph.gexf',
      'positions.csv',
      'alignment.csv',
      'events.csv',
      'manifest.json',
    ]) {
      expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
    }
  });

  it('leaves the previous outputs untouched when the data has errors, and says so', () => {
    const out = join(work, 'keep');
    expect(run(['build', 'graph-data', '--out', out]).code).toBe(0);
    const before = readlinkSync(out);
    const json = readFileSync(join(out, 'graph.json'));
    const r = run(['build', 'tests/fixtures/invalid/unknown-id', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `tests/fixtures/invalid/unknown-id: 5 errors, 2 warnings; nothing was written, ${out} keeps its previous contents`,
    );
    expect(readlinkSync(out)).toBe(before);
    expect(readFileSync(join(out, 'graph.json')).equals(json)).toBe(true);
  });

  it('refuses an output folder that holds files it did not write', () => {
    const out = join(work, 'foreign');
    cpSync('tests/fixtures/valid/mini', out, { recursive: true });
    const r = run(['build', 'graph-data', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('holds files that stancegraph did not write (data.yaml, text.txt)');
    expect(existsSync(join(out, 'data.yaml'))).toBe(true);
  });

  it('builds from the default folder into dist when run with no arguments', () => {
    const project = join(work, 'project');
    cpSync('graph-data', join(project, 'graph-data'), { recursive: true });
    const r = run(['build'], project);
    expect(r.code).toBe(0);
    expect(existsSync(join(project, 'dist', 'graph.json'))).toBe(true);
  });
});

describe('stancegraph stats', () => {
  it('prints counts by kind and type and the most central actors', () => {
    const r = run(['stats', 'graph-data']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('21 nodes, 42 edges');
    expect(lines).toContain('  issue                 8');
    expect(lines).toContain('  rejects                3');
    expect(lines).toContain('  against      11');
    expect(lines).toContain('  negated           1');
    expect(lines.find((l) => l.startsWith('   1.'))).toMatch(
      /^ {3}1\. Russia +0\.7798 +24 +−21\.1 \+0 +\(state\)$/,
    );
  });

  it('prints JSON with --json', () => {
    const json = JSON.parse(run(['stats', 'graph-data', '--json']).stdout);
    expect(json.nodesByKind).toEqual({
      issue: 8,
      person: 3,
      weapon_system: 3,
      government_body: 2,
      state: 2,
      organization: 1,
      place: 1,
      treaty: 1,
    });
    expect(json.mostCentral[0].id).toBe('russia');
  });
});

describe('help and usage', () => {
  it.each(['validate', 'build', 'stats', 'schema'])('%s --help prints its usage and exits 0', (command) => {
    const r = run([command, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: stancegraph ${command}`));
  });

  it('lists the commands with --help, and exits 2 on an unknown command or option', () => {
    expect(run(['--help']).stdout).toContain('build [dir] --out DIR');
    const unknown = run(['frobnicate']);
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([
      2,
      'stancegraph: unknown command "frobnicate"',
    ]);
    const badOption = run(['build', '--colour']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--colour'");
  });
});

describe('stancegraph schema', () => {
  it('writes the JSON Schema that the data files point to, identical to the committed one', () => {
    const out = join(work, 'schema.json');
    expect(run(['schema', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('graph-data/schema/stancegraph.schema.json', 'utf8'));
    writeFileSync(out, '');
  });
});
