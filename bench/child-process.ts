/**
 * Runs one measurement in its own Node process (so that its peak memory is its own), with a time
 * limit, and reads the JSON it leaves; a process that dies (out of memory, a crash, the time limit)
 * still leaves what it wrote before, and says how it died.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export interface ChildOutcome<T> {
  result?: Partial<T>;
  /** How the process ended when it did not exit 0: "exit 134", "SIGKILL (time limit)", with its last words. */
  failure?: string;
  wallMs: number;
}

export function runChild<T>(
  script: string,
  args: string[],
  resultPath: string,
  options: { nodeFlags?: string[]; timeoutMs?: number; label: string },
): Promise<ChildOutcome<T>> {
  rmSync(resultPath, { force: true });
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...(options.nodeFlags ?? []), '--import', 'tsx', script, ...args],
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
