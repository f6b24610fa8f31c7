/** `npm run bench:readme`: the figures in bench/README.md again from bench/results.json, without a run. */
import { readmeFromResults } from './readme';

readmeFromResults();
