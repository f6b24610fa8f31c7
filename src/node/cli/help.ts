/** The help texts of the command and its subcommands. */

export const HELP: Record<string, string> = {
  main: `stancegraph — build a knowledge graph of who stands where in the news

Usage: stancegraph <command> [options]

Commands:
  validate [dir]            check the data files; print every error and warning
  build [dir] --out DIR     validate, build the graph, write DIR/graph.json, graph.gexf, manifest.json
  stats [dir]               counts by kind and type, and the most central actors
  analyse [dir]             who stands where: positions, alignment, interactions or voices
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

Prints counts of entities by kind, relations and stances by type, stances by position and modality, and the ten
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
  analyse: `Usage: stancegraph analyse [dir] --network NAME [--format FORMAT] [--out FILE] [options]

Builds the graph of dir (default graph-data) and derives one analysis network from its stances:
  positions     actor → target: for, against, mixed or neutral, with statements (once per utterance
                and origin), independent sources, first and last date (DNA's actor × concept network)
  alignment     actor — actor: targets they agree on (congruence) and disagree on (conflict), and
                targets they both spoke on (DNA's congruence and conflict networks)
  interactions  actor → recipient: events weighted on the Goldstein scale under the modality rules
  voices        speaker → target, with the stances' ids; speaker → the actor they speak for
  --network NAME        positions, alignment, interactions or voices
  --format FORMAT       csv (default), gexf, graphml or json
  --out FILE            write there instead of standard output; a CSV gets FILE.json beside it with
                        its parameters (on standard output, they go to standard error)
  --from DATE, --to DATE
                        keep stances whose act falls in the window (2011, 2011-05 or 2011-05-16);
                        undated stances are then left out, and counted
  --normalize MODE      alignment: none (default), jaccard or cosine, as DNA's exporter computes them
  --actors MODE         principals (default: who takes the stance) or speakers (who voiced it)
  --background          count the narrator's background claims too
  --max-actors-per-target N
                        alignment: refuse a target with more actors than this (default 2000)
Exit status: 0 on success, 1 on data errors or a projection too large, 2 on a usage error.`,
  schema: `Usage: stancegraph schema [--out FILE]

Writes the JSON Schema of a data file (default graph-data/schema/stancegraph.schema.json; "-" for
standard output). Point your editor's YAML support at it: each data file starts with
# yaml-language-server: $schema=../schema/stancegraph.schema.json`,
};
