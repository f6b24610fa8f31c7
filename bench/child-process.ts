/**
 * Runs one measurement in its own Node process (so that its peak memory is its own), with a time
 * limit, and reads the JSON it leaves; a process that dies (out of memory, a crash, the time limit)
 * still leaves what it wrote before, and says how it died.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from '../src/node/compile.mjs';

/** esbuild leaves `import.meta.dirname` as the bundle's own folder: give each file its folder back. */
const ownDirname: Plugin = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.dirname',
        JSON.stringify(dirname(args.path)),
      ),
      loader: 'ts',
    }));
  },
};

/**
 * The script and its sources as one JavaScript file (packages left external), as the command line
 * runs (lib/cli.js, compiled with the same options): a process started through tsx's loader spends about 0.6 s more before its
 * first line, which a whole-process figure would count. Kept under node_modules/.cache so that the
 * packages resolve.
 */
async function bundled(script: string): Promise<string> {
  const out = join(
    import.meta.dirname,
    '..',
    'node_modules',
    '.cache',
    'stancegraph',
    'bench',
    `${basename(script, '.ts')}.mjs`,
  );
  mkdirSync(dirname(out), { recursive: true });
  await build({
    entryPoints: [script],
    outfile: out,
    ...NODE_BUNDLE_OPTIONS,
    plugins: [ownDirname],
  });
  return out;
}

export interface ChildOutcome<T> {
  result?: Partial<T>;
  /** How the process ended when it did not exit 0: "exit 134", "SIGKILL (time limit)", with its last words. */
  failure?: string;
  wallMs: number;
}

export async function runChild<T>(
  script: string,
  args: string[],
  resultPath: string,
  options: { nodeFlags?: string[]; timeoutMs?: number; label: string; bundle?: boolean },
): Promise<ChildOutcome<T>> {
  rmSync(resultPath, { force: true });
  const entry = options.bundle ? await bundled(script) : undefined;
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...(options.nodeFlags ?? []), ...(entry ? [entry] : ['--import', 'tsx', script]), ...args],
      {
        stdio: ['ignore', 'inherit', 'pipe'],
      },
    );
    let tail = '';
    child.stderr.on('data', (data: Buffer) => {
      process.stderr.write(data);
      tail = (tail + data.toString()).slice(-2000);
    });
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - start);
      const result = existsSync(resultPath)
        ? (JSON.parse(readFileSync(resultPath, 'utf8')) as Partial<T>)
        : undefined;
      if (code === 0) return resolve({ result, wallMs });
      const how = timedOut ? 'killed at its time limit' : signal ? `killed by ${signal}` : `exit ${code}`;
      const words = /heap out of memory|RangeError[^\n]*|Error[^\n]*/.exec(tail)?.[0] ?? '';
      resolve({ result, wallMs, failure: `${options.label}: ${how}${words ? ` (${words.trim()})` : ''}` });
    });
  });
}
