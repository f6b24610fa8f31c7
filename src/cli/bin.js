#!/usr/bin/env node
// The `stancegraph` command: loads the TypeScript sources through tsx, so no compile step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
