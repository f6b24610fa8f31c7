/** The subcommands: validate, build, stats, schema. Each returns the process exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dataFileJsonSchema, runPipeline, type PipelineListener } from '../../core';
import { OutputFolderError, buildFolder } from '../publish';
import { folderSource } from '../read';
import { threadedBetweenness } from '../threads';
import { plural, printDiagnostics, summary, type Output } from './report';
import { graphStats, formatStats } from './stats';

export interface CommandOptions {
  dir: string;
  out: string;
  json: boolean;
  seed: number;
  /** Progress of the pipeline, as the person asked for it. */
  onEvent?: PipelineListener;
}

const listen = (o: CommandOptions) => (o.onEvent ? { onEvent: o.onEvent } : {});

export function validateCommand(o: CommandOptions, io: Output): number {
  const result = runPipeline(folderSource(o.dir), { until: 'validate', ...listen(o) }).validation;
  if (o.json) {
    io.out(
      JSON.stringify(
        { errors: result.errors, warnings: result.warnings, diagnostics: result.diagnostics },
        null,
        2,
      ),
    );
    return result.errors > 0 ? 1 : 0;
  }
  printDiagnostics(result, io);
  const d = result.dataset;
  const counts = d
    ? `: ${plural(d.sources.length, 'source')}, ${plural(d.entities.length, 'entity')}, ${plural(d.relations.length, 'relation')}, ${plural(d.stances.length, 'stance')}`
    : '';
  (result.errors > 0 ? io.err : io.out)(`${o.dir}: ${summary(result)}${counts}`);
  return result.errors > 0 ? 1 : 0;
}

export function buildCommand(o: CommandOptions, io: Output): number {
  let run;
  try {
    run = buildFolder({ dataDir: o.dir, outDir: o.out, seed: o.seed, ...listen(o) });
  } catch (error) {
    if (error instanceof OutputFolderError) {
      io.err(`stancegraph build: ${error.message}`);
      return 1;
    }
    throw error;
  }
  printDiagnostics(run.validation, io);
  if (!run.graph || !run.written) {
    io.err(`${o.dir}: ${summary(run.validation)}; nothing was written, ${o.out} keeps its previous contents`);
    return 1;
  }
  for (const w of run.written.gexfWarnings)
    io.err(`graph.gexf: warning: ${w.element} ${w.key} ${w.attribute}: ${w.message}`);
  for (const notice of run.written.notices) io.err(`warning: ${notice}`);
  const sizes = Object.entries(run.written.files).map(
    ([name, bytes]) => `${o.out}/${name} (${(bytes / 1024).toFixed(1)} KB)`,
  );
  io.out(
    `Built ${run.graph.order} nodes and ${run.graph.size} edges from ${o.dir} (${summary(run.validation)}) in ${Object.values(run.timings).reduce((a, b) => a + (b ?? 0), 0)} ms`,
  );
  io.out(`Wrote ${sizes.join(', ')}`);
  return 0;
}

export function statsCommand(o: CommandOptions, io: Output): number {
  const run = runPipeline(folderSource(o.dir), {
    seed: o.seed,
    until: 'metrics',
    betweenness: threadedBetweenness,
    ...listen(o),
  });
  if (!run.domain || !run.metrics) {
    printDiagnostics(run.validation, io);
    io.err(`${o.dir}: ${summary(run.validation)}; fix the errors to see statistics`);
    return 1;
  }
  const stats = graphStats(run.domain, run.metrics);
  io.out(o.json ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}

export function schemaCommand(o: CommandOptions, io: Output): number {
  const text = `${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`;
  if (o.out === '-') io.out(text.trimEnd());
  else {
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, text);
    io.out(`Wrote ${o.out}`);
  }
  return 0;
}
