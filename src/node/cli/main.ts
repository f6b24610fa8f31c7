/** The `stancegraph` command line. */
import { parseArgs } from 'node:util';
import { buildCommand, schemaCommand, statsCommand, validateCommand, type CommandOptions } from './commands';
import { LimitError } from '../../core/util';
import { inspectCommand } from './inspect';
import { ensureMemory } from '../memory/ensure-memory';
import { progressListener, progressMode } from './progress';
import { consoleOutput, type Output } from './report';

const HELP: Record<string, string> = {
  main: `stancegraph — build a knowledge graph of who stands where in the news

Usage: stancegraph <command> [options]

Commands:
  validate [dir]            check the data files; print every error and warning
  build [dir] --out DIR     validate, build the graph, write DIR/graph.json, graph.gexf, manifest.json
  stats [dir]               counts by kind and type, and the most central actors
  schema [--out FILE]       write the JSON Schema of the data files (for editors)
  inspect FILE              read a GEXF or graph.json file as the viewer does; report counts and repairs

dir defaults to graph-data. validate, build and stats show their progress on a terminal (stderr);
--quiet hides it, --progress json writes it as JSON lines. Run "stancegraph <command> --help" for
a command's options.`,
  validate: `Usage: stancegraph validate [dir] [--json] [--progress MODE] [--quiet]

Checks every data file (*.yaml, *.yml) under dir (default graph-data) and the source texts they name.
Prints each problem as FILE:LINE:COLUMN: severity [rule] field: message, then a summary.
  --json           print the diagnostics as JSON
  --progress MODE  tty (a line per stage, rewritten in place), json (a JSON line per stage event,
                   on stderr) or none; default tty on a terminal, none when piped
  -q, --quiet      no progress
Exit status: 0 when there is no error (warnings allowed), 1 otherwise.`,
  build: `Usage: stancegraph build [dir] [--out DIR] [--seed N] [--progress MODE] [--quiet]

Validates dir (default graph-data), builds the graph, computes metrics and the layout, and writes
DIR/graph.json (graphology's export format), DIR/graph.gexf (GEXF 1.3) and DIR/manifest.json.
The files are published together and atomically: DIR is a link to a complete build folder kept in
.DIR.builds/ beside it, replaced in one step. A build with errors writes nothing.
  --out DIR        output folder (default dist)
  --seed N         seed for the layout and communities (default 1)
  --progress MODE  tty (a line per stage, rewritten in place), json (a JSON line per stage event,
                   on stderr) or none; default tty on a terminal, none when piped
  -q, --quiet      no progress
Exit status: 0 on success, 1 on data errors.`,
  stats: `Usage: stancegraph stats [dir] [--json] [--progress MODE] [--quiet]

Prints counts of entities by kind, relations and stances by type, stances by modality, and the ten
most central actors (betweenness on the undirected graph, then degree).
  --json           print the statistics as JSON
  --progress MODE  tty (a line per stage, rewritten in place), json (a JSON line per stage event,
                   on stderr) or none; default tty on a terminal, none when piped
  -q, --quiet      no progress`,
  inspect: `Usage: stancegraph inspect FILE [--json] [--max-mb N]

Reads a GEXF (1.1 to 1.3) or graph.json file with the same reader as the viewer, streaming, and prints
its format, node and edge counts, attribute names, and every repair it made (values that could not be
read, repeated ids, edges to missing nodes, positions that are not finite), each with line and column.
A file with a DOCTYPE, elements nested deeper than 64 levels, or more than N MB (default 512) is refused.
  --json      print the report as JSON
  --max-mb N  largest file read, in MB (default 512)
Exit status: 0 when the file was read, 1 when it cannot be.`,
  schema: `Usage: stancegraph schema [--out FILE]

Writes the JSON Schema of a data file (default graph-data/schema/stancegraph.schema.json; "-" for
standard output). Point your editor's YAML support at it: each data file starts with
# yaml-language-server: $schema=../schema/stancegraph.schema.json`,
};

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
      },
    });
  } catch (error) {
    io.err(`stancegraph ${command}: ${(error as Error).message}\n\n${HELP[command]}`);
    return 2;
  }
  const { values, positionals } = parsed;
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

async function exists(dir: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
