/**
 * Programs the tests run that npm cannot install: Debian packages, installed with apt-get when
 * missing and the tests run as root (as in CI); otherwise the error says how to install them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemTool {
  binary: string;
  pkg: string;
}

export const XMLLINT: SystemTool = { binary: '/usr/bin/xmllint', pkg: 'libxml2-utils' };
export const GNU_TIME: SystemTool = { binary: '/usr/bin/time', pkg: 'time' };
export const CHROMIUM: SystemTool = { binary: '/usr/bin/chromium', pkg: 'chromium' };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`test setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status})`);
}

export function ensureSystemTools(tools: readonly SystemTool[]): void {
  const missing = tools.filter((tool) => !existsSync(tool.binary));
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.pkg);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `test setup: ${missing.map((t) => t.binary).join(' and ')} missing. Install with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...packages]);
}
