/** The programs the tests need beyond npm: a missing one fails the run with what to install, never a skip. */
import { describe, expect, it } from 'vitest';
import { ensureSystemTools, PYTHON_NETWORKX } from '../../support/system-tools';

describe('system tools', () => {
  it('says which tool is missing and how to install it', () => {
    const absent = {
      binary: 'frobnicate 2',
      check: ['false'] as [string],
      install: 'pip install frobnicate',
    };
    expect(() => ensureSystemTools([absent])).toThrow(
      new Error('test setup: frobnicate 2 missing. Install with: pip install frobnicate'),
    );
  });

  it('passes when every tool answers its check', () => {
    expect(() => ensureSystemTools([{ binary: 'true', check: ['true'] }])).not.toThrow();
  });

  it('checks for python3 with networkx 3, installed from pip', () => {
    expect(PYTHON_NETWORKX.install).toMatch(/^python3 -m pip install 'networkx>=3'/);
    expect(() => ensureSystemTools([PYTHON_NETWORKX])).not.toThrow();
  });
});
