/** `stancegraph analyse`: one analysis network of a data folder, in the format asked for, with its parameters. */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  AlignmentTooLargeError,
  analyse,
  defaultParameters,
  firstDay,
  graphJsonChunks,
  lastDay,
  networkChunks,
  NETWORK_FORMATS,
  NETWORKS,
  parametersJson,
  parsePartialDate,
  runPipeline,
  type AnalysisParameters,
  type NetworkFormat,
  type NetworkName,
  type StanceGraph,
} from '../../core';
import { folderSource } from '../read';
import { threadedBetweenness } from '../threads';
import type { CommandOptions } from './commands';
import { printDiagnostics, summary, type Output } from './report';

export const ANALYSE_OPTIONS = {
  network: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  normalize: { type: 'string' },
  actors: { type: 'string' },
  background: { type: 'boolean' },
  'max-actors-per-target': { type: 'string' },
} as const;

type AnalyseValues = Partial<Record<keyof typeof ANALYSE_OPTIONS | 'out', string | boolean>>;

/** The parameters from the command line, or the first thing wrong with them. */
export function analyseParameters(values: AnalyseValues): AnalysisParameters | string {
  const choice = <T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T) => {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return `--${name} expects ${allowed.join(', ')}, found ${value === undefined ? 'nothing' : `"${String(value)}"`}`;
  };
  const network = choice<NetworkName>('network', values.network, NETWORKS);
  const normalize = choice('normalize', values.normalize, ['none', 'jaccard', 'cosine'] as const, 'none');
  const actors = choice('actors', values.actors, ['principals', 'speakers'] as const, 'principals');
  for (const v of [network, normalize, actors]) if (typeof v === 'string' && v.startsWith('--')) return v;
  const parameters: AnalysisParameters = {
    ...defaultParameters(network as NetworkName),
    normalize: normalize as AnalysisParameters['normalize'],
    actors: actors as AnalysisParameters['actors'],
    background: values.background === true,
  };
  for (const bound of ['from', 'to'] as const) {
    const value = values[bound];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !parsePartialDate(value))
      return `--${bound} expects a date (2011, 2011-05 or 2011-05-16), found "${String(value)}"`;
    parameters[bound] = bound === 'from' ? firstDay(value) : lastDay(value);
  }
  if (parameters.from && parameters.to && parameters.to < parameters.from)
    return `--to expects a date on or after --from (${values.from}), found "${values.to}"`;
  const cap = values['max-actors-per-target'];
  if (cap !== undefined) {
    const n = Number(cap);
    if (!Number.isSafeInteger(n) || n < 2)
      return `--max-actors-per-target expects a whole number of at least 2, found "${String(cap)}"`;
    parameters.maxActorsPerTarget = n;
  }
  return parameters;
}

/** The built graph's fingerprint: the SHA-256 of its graph.json, as the build would write it. */
function digest(graph: StanceGraph): string {
  const hash = createHash('sha256');
  for (const chunk of graphJsonChunks(graph)) hash.update(chunk, 'utf8');
  return hash.digest('hex');
}

export function analyseCommand(o: CommandOptions, values: AnalyseValues, io: Output): number {
  const parameters = analyseParameters(values);
  if (typeof parameters === 'string') {
    io.err(`stancegraph analyse: ${parameters}`);
    return 2;
  }
  const format = (values.format ?? 'csv') as NetworkFormat;
  if (!NETWORK_FORMATS.includes(format)) {
    io.err(
      `stancegraph analyse: --format expects ${NETWORK_FORMATS.join(', ')}, found "${String(values.format)}"`,
    );
    return 2;
  }
  const run = runPipeline(folderSource(o.dir), {
    seed: o.seed,
    until: 'style',
    betweenness: threadedBetweenness,
    ...(o.onEvent ? { onEvent: o.onEvent } : {}),
  });
  if (!run.graph) {
    printDiagnostics(run.validation, io);
    io.err(`${o.dir}: ${summary(run.validation)}; fix the errors to analyse`);
    return 1;
  }
  let result;
  try {
    result = analyse(run.graph, { ...parameters, dataDigest: digest(run.graph) });
  } catch (error) {
    if (!(error instanceof AlignmentTooLargeError)) throw error;
    io.err(`stancegraph analyse: ${error.message}`);
    return 1;
  }
  const text = [...networkChunks(result, format)].join('');
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out === undefined || out === '-') {
    (io.write ?? ((t: string) => io.out(t.replace(/\r?\n$/, ''))))(text);
    if (format === 'csv') io.err(parametersJson(result).trimEnd());
  } else {
    writeFileSync(out, text);
    if (format === 'csv') writeFileSync(`${out}.json`, parametersJson(result));
    io.out(
      `Wrote ${out}${format === 'csv' ? ` and ${out}.json` : ''}: ${result.table.rows.length} edges, ${result.toGraph().order} nodes`,
    );
  }
  return 0;
}
