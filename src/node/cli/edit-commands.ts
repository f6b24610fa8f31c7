/** `stancegraph merge OLD KEEP [dir]` and `stancegraph undo [dir]`: the API's merge and undo, on the command line. */
import { EditFailure, mergeEntities, openDataFolder, undoLast } from '../edit';
import { stat } from 'node:fs/promises';
import { HELP } from './help';
import type { Output } from './report';

async function run(name: string, io: Output, edit: () => Promise<string>): Promise<number> {
  try {
    io.out(await edit());
    return 0;
  } catch (error) {
    if (!(error instanceof EditFailure)) throw error;
    io.err(`stancegraph ${name}: ${error.message}`);
    const reasons = error.body.reasons;
    if (Array.isArray(reasons)) for (const reason of reasons.slice(1)) io.err(`  ${String(reason)}`);
    return 1;
  }
}

export function mergeCommand(from: string, into: string, dir: string, io: Output): Promise<number> {
  return run('merge', io, async () => {
    const result = await mergeEntities(openDataFolder(dir), from, into);
    const others = result.changed.filter((id) => id !== into);
    return `Merged "${from}" into "${into}"${others.length ? ` (references rewritten in ${others.join(', ')})` : ''}; wrote ${result.files.join(', ')}. "stancegraph undo ${dir}" takes it back.`;
  });
}

export function undoCommand(dir: string, io: Output): Promise<number> {
  return run('undo', io, async () => {
    const result = await undoLast(openDataFolder(dir));
    return `Undid edit ${result.undone} (${result.op} of ${result.ids.join(', ')}): restored ${result.files.join(', ')}`;
  });
}

/** `merge OLD KEEP [dir]` from the command's arguments: 2 on a usage error. */
export async function mergeFromArgs(positionals: readonly string[], io: Output): Promise<number> {
  if (positionals.length < 2 || positionals.length > 3) {
    io.err(
      `stancegraph merge: expected OLD KEEP [dir], found ${positionals.length} arguments\n\n${HELP.merge}`,
    );
    return 2;
  }
  const dir = positionals[2] ?? 'graph-data';
  const isFolder = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    io.err(`stancegraph merge: expected a data folder, found no folder at ${dir}`);
    return 2;
  }
  return mergeCommand(positionals[0]!, positionals[1]!, dir, io);
}
