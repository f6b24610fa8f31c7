/**
 * Validation of GEXF text against the GEXF 1.3 RelaxNG schema with xmllint (libxml2). A missing
 * xmllint is a failure, never a skip: validity is an acceptance criterion.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const GEXF_RNG = resolve(import.meta.dirname, '../../../shared/gexf/1.3/gexf.rng');

export interface RelaxNgResult {
  valid: boolean;
  /** xmllint's messages: the errors, or "FILE validates". */
  output: string;
}

export function validateGexf(xml: string): RelaxNgResult {
  const dir = mkdtempSync(join(tmpdir(), 'gexf-rng-'));
  try {
    const file = join(dir, 'graph.gexf');
    writeFileSync(file, xml, 'utf8');
    const run = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
    if (run.error) {
      throw new Error(`xmllint could not run (${run.error.message}): apt-get install libxml2-utils`);
    }
    return { valid: run.status === 0, output: (run.stderr + run.stdout).trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
