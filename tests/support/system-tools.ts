/**
 * Programs the tests run that npm cannot install. Debian packages are installed with apt-get when
 * missing and the tests run as root (as in CI); otherwise, and for python3 with networkx 3 (from pip:
 * Debian 12's python3-networkx is 2.8), the error says which is missing and how to install it. A
 * missing tool fails the run: the tests that need it never skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemTool {
  /** What the tests run, as the error names it. */
  binary: string;
  /** The Debian package that installs it, when one does. */
  pkg?: string;
  /** A command that exits 0 when the tool is there and usable (default: the binary exists). */
  check?: [string, ...string[]];
  /** How to install it, when no Debian package will do. */
  install?: string;
}

export const XMLLINT: SystemTool = { binary: '/usr/bin/xmllint', pkg: 'libxml2-utils' };
export const GNU_TIME: SystemTool = { binary: '/usr/bin/time', pkg: 'time' };
export const CHROMIUM: SystemTool = { binary: '/usr/bin/chromium', pkg: 'chromium' };
export const PYTHON_NETWORKX: SystemTool = {
  binary: 'python3 with networkx 3',
  check: ['python3', '-c', 'import sys, networkx; sys.exit(int(networkx.__version__.split(".")[0]) < 3)'],
  install:
    "python3 -m pip install 'networkx>=3' (in a virtual environment where the system Python refuses pip)",
};

function present(tool: SystemTool): boolean {
  if (!tool.check) return existsSync(tool.binary);
  const [command, ...args] = tool.check;
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`test setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status})`);
}

export function ensureSystemTools(tools: readonly SystemTool[]): void {
  const missing = tools.filter((tool) => !present(tool));
  const fromApt = missing.filter((tool) => tool.pkg !== undefined);
  const root = process.getuid?.() === 0;
  if (root && fromApt.length > 0) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', ...fromApt.map((tool) => tool.pkg!)]);
  }
  const unresolved = root ? missing.filter((tool) => tool.pkg === undefined) : missing;
  if (unresolved.length === 0) return;
  const aptPackages = unresolved.flatMap((tool) => (tool.pkg ? [tool.pkg] : []));
  const how = [
    ...(aptPackages.length
      ? [`sudo apt-get update && sudo apt-get install -y ${aptPackages.join(' ')}`]
      : []),
    ...unresolved.flatMap((tool) => (tool.install ? [tool.install] : [])),
  ];
  throw new Error(
    `test setup: ${unresolved.map((t) => t.binary).join(' and ')} missing. Install with: ${how.join('; and ')}`,
  );
}
