/** Printing diagnostics and summaries for people (and as JSON for scripts). */
import { formatDiagnostic, type ValidationResult } from '../../core/validate';
import type { ProgressStream } from './progress';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Text written as it is to standard output (a file's content). */
  write?: (text: string) => void;
  /** Where progress goes (stderr), when there is somewhere. */
  progress?: ProgressStream;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  write: (text) => process.stdout.write(text),
  progress: process.stderr,
};

export const plural = (n: number, word: string) =>
  `${n} ${n === 1 ? word : word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`}`;

export function printDiagnostics(result: ValidationResult, io: Output): void {
  for (const d of result.diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
}

export function summary(result: ValidationResult): string {
  return `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}`;
}
