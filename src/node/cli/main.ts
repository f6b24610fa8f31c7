/** The `stancegraph` command line. */
import { parseArgs } from 'node:util';
import { buildCommand, schemaCommand, statsCommand, validateCommand, type CommandOptions } from './commands';
import { LimitError } from '../../core/util';
import { inspectCommand } from './inspect';
import { ensureMemory } from '../memory/ensure-memory';
import { analyseCommand, ANALYSE_OPTIONS } from './analyse';
import { HELP } from './help';
import { progressListener, progressMode } from './progress';
import { consoleOutput, type Output } from './report';

/**
 * Runs one command; returns its exit code. `script` is the command's own file, which a large data
 * folder makes start again with more memory (bin.ts passes it; a caller in its own process does not).
 */
export async function main(
  argv: readonly string[],
  io: Output = consoleOutput,
  script?: string,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP.main!);
    return command === undefined ? 2 : 0;
  }
  if (!(command in HELP) || command === 'main') {
    io.err(`stancegraph: unknown command "${command}"\n\n${HELP.main}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        seed: { type: 'string' },
        'max-mb': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        progress: { type: 'string' },
        ...ANALYSE_OPTIONS,
      },
    });
  } catch (error) {
    io.err(`stancegraph ${command}: ${(error as Error).message}\n\n${HELP[command]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const foreign = Object.keys(values).filter((name) => !allowed(command).includes(name));
  if (foreign.length > 0) {
    io.err(`stancegraph ${command}: unknown option --${foreign[0]}\n\n${HELP[command]}`);
    return 2;
  }
  if (values.help) {
    io.out(HELP[command]!);
    return 0;
  }
  if (command === 'inspect') {
    const maxMb = Number(values['max-mb'] ?? 512);
    if (!(maxMb > 0)) {
      io.err(`stancegraph inspect: --max-mb expects a positive number, found "${values['max-mb']}"`);
      return 2;
    }
    return inspectCommand(positionals[0], maxMb, values.json ?? false, io);
  }
  if (positionals.length > 1) {
    io.err(
      `stancegraph ${command}: expected at most one data folder, found ${positionals.length}: ${positionals.join(' ')}`,
    );
    return 2;
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isSafeInteger(seed)) {
    io.err(`stancegraph ${command}: --seed expects a whole number, found "${values.seed}"`);
    return 2;
  }
  if (values.progress !== undefined && !['tty', 'json', 'none'].includes(values.progress)) {
    io.err(`stancegraph ${command}: --progress expects tty, json or none, found "${values.progress}"`);
    return 2;
  }
  const stream = io.progress ?? { write: () => undefined };
  const onEvent = progressListener(progressMode(values.progress, values.quiet ?? false, stream), stream);
  const options: CommandOptions = {
    dir: positionals[0] ?? 'graph-data',
    out: values.out ?? (command === 'schema' ? 'graph-data/schema/stancegraph.schema.json' : 'dist'),
    json: values.json ?? false,
    seed,
    ...(onEvent ? { onEvent } : {}),
  };
  if (command !== 'schema' && !(await exists(options.dir))) {
    io.err(`stancegraph ${command}: expected a data folder, found no folder at ${options.dir}`);
    return 2;
  }
  if (command !== 'schema') {
    const exit = await ensureMemory(command, options.dir, io, script);
    if (exit !== undefined) return exit;
  }
  try {
    switch (command) {
      case 'validate':
        return validateCommand(options, io);
      case 'build':
        return buildCommand(options, io);
      case 'stats':
        return statsCommand(options, io);
      case 'analyse':
        return analyseCommand(options, values, io);
      default:
        return schemaCommand(options, io);
    }
  } catch (error) {
    // A corpus past one of V8's hard limits: say which, and what to do.
    if (!(error instanceof LimitError)) throw error;
    io.err(`stancegraph ${command}: ${error.message}`);
    return 1;
  }
}

const COMMON = ['help', 'quiet', 'progress'];
const ALLOWED: Record<string, string[]> = {
  validate: [...COMMON, 'json'],
  build: [...COMMON, 'out', 'seed'],
  stats: [...COMMON, 'json', 'seed'],
  analyse: [...COMMON, 'out', 'seed', ...Object.keys(ANALYSE_OPTIONS)],
  inspect: ['help', 'json', 'max-mb'],
  schema: ['help', 'out'],
};
const allowed = (command: string) => ALLOWED[command] ?? COMMON;

async function exists(dir: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
