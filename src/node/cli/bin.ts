/** The `stancegraph` command's entry: compiled to lib/cli.js (src/node/compile.mjs), which package.json's bin names. */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), undefined, process.argv[1]);
