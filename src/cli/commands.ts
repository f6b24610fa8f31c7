/** The subcommands: validate, build, stats, schema. Each returns the process exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildStanceGraph } from '../build';
import { validateDataDir } from '../load';
import { OutputFolderError, runBuild } from '../output';
import { dataFileJsonSchema } from '../schema';
import { plural, printDiagnostics, summary, type Output } from './report';
import { graphStats, formatStats } from './stats';

export interface CommandOptions {
  dir: string;
  out: string;
  json: boolean;
  seed: number;
}

export function validateCommand(o: CommandOptions, io: Output): number {
  const result = validateDataDir(o.dir);
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
    run = runBuild({ dataDir: o.dir, outDir: o.out, seed: o.seed });
  } catch (error) {
    if (error instanceof OutputFolderError) {
      io.err(`stancegraph build: ${error.message}`);
      return 1;
    }
    throw error;
  }
  printDiagnostics(run.validation, io);
  if (!run.graph || !run.files) {
    io.err(`${o.dir}: ${summary(run.validation)}; nothing was written, ${o.out} keeps its previous contents`);
    return 1;
  }
  for (const w of run.gexfWarnings)
    io.err(`graph.gexf: warning: ${w.element} ${w.key} ${w.attribute}: ${w.message}`);
  for (const notice of run.notices) io.err(`warning: ${notice}`);
  const sizes = Object.entries(run.files).map(
    ([name, bytes]) => `${o.out}/${name} (${(bytes / 1024).toFixed(1)} KB)`,
  );
  io.out(
    `Built ${run.graph.order} nodes and ${run.graph.size} edges from ${o.dir} (${summary(run.validation)}) in ${Object.values(run.timings).reduce((a, b) => a + b, 0)} ms`,
  );
  io.out(`Wrote ${sizes.join(', ')}`);
  return 0;
}

export function statsCommand(o: CommandOptions, io: Output): number {
  const result = validateDataDir(o.dir);
  if (!result.dataset) {
    printDiagnostics(result, io);
    io.err(`${o.dir}: ${summary(result)}; fix the errors to see statistics`);
    return 1;
  }
  const stats = graphStats(buildStanceGraph(result.dataset, { seed: o.seed, layoutIterations: 0 }));
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
