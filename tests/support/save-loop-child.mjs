// A child that saves in a loop until it is killed, for the crash test (tests/unit/node/edit/
// sigkill.test.ts). It runs the compiled library (lib/node.js), as the command line does.
//   node save-loop-child.mjs editor DIR RECORD   toggles the record's `hedged` through the editor
//   node save-loop-child.mjs atomic FILE A B     writes the texts of files A and B in turn, atomically
// After each save it prints "saved N".
import { readFileSync } from 'node:fs';
import { openDataFolder, readRecord, updateRecord, writeFileAtomic } from '../../lib/node.js';

const [mode, target, ...rest] = process.argv.slice(2);

if (mode === 'editor') {
  const core = openDataFolder(target);
  const id = rest[0];
  for (let n = 1; ; n++) {
    const { record, etag } = await readRecord(core, id);
    const next = { ...record };
    if (next.hedged === true) delete next.hedged;
    else next.hedged = true;
    await updateRecord(core, id, next, etag);
    process.stdout.write(`saved ${n}\n`);
  }
} else if (mode === 'atomic') {
  const texts = rest.map((path) => readFileSync(path, 'utf8'));
  for (let n = 1; ; n++) {
    await writeFileAtomic(target, texts[n % 2]);
    process.stdout.write(`saved ${n}\n`);
  }
} else throw new Error(`unknown mode ${mode}`);
