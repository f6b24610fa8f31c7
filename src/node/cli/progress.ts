/**
 * Progress of a long command on stderr: on an interactive terminal one line rewritten in place
 * (stage, count, percent, time left) and a line per finished stage; with `--progress json` one JSON
 * line per pipeline event, for scripts and for tests that act mid-build; nothing when piped or quiet.
 */
import type { PipelineEvent, PipelineListener } from '../../core';

export type ProgressMode = 'tty' | 'json' | 'none';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** The mode a command runs with: what was asked, else a terminal's, else none. */
export function progressMode(
  asked: string | undefined,
  quiet: boolean,
  stream: ProgressStream,
): ProgressMode {
  if (asked === 'json' || asked === 'tty' || asked === 'none') return asked;
  return !quiet && stream.isTTY ? 'tty' : 'none';
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

/** "1,234 of 5,000 files  25%  about 3 s left", the time left from the stage's rate so far. */
export function progressLine(
  stage: string,
  done: number,
  total: number,
  unit: string,
  elapsedMs: number,
): string {
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const left = done > 0 && done < total ? ((total - done) * elapsedMs) / done : undefined;
  const count = `${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}`;
  return `${stage.padEnd(8)} ${count}  ${percent}%${left === undefined ? '' : `  about ${seconds(left)} left`}`;
}

export function progressListener(mode: ProgressMode, stream: ProgressStream): PipelineListener | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'json') return (event: PipelineEvent) => stream.write(`${JSON.stringify(event)}\n`);
  const started = new Map<string, number>();
  let open = false;
  const clear = () => {
    if (open) stream.write('\r\x1b[2K');
    open = false;
  };
  return (event) => {
    const now = performance.now();
    if (event.type === 'start') {
      started.set(event.stage, now);
      clear();
      stream.write(`${event.stage}…`);
      open = true;
    } else if (event.type === 'progress') {
      clear();
      const elapsed = now - (started.get(event.stage) ?? now);
      stream.write(progressLine(event.stage, event.done, event.total, event.unit, elapsed));
      open = true;
    } else {
      clear();
      stream.write(`${event.stage.padEnd(8)} done in ${seconds(event.ms)}\n`);
    }
  };
}
