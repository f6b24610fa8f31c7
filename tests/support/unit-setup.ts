/**
 * The unit project's setup: xmllint (GEXF schema checks), GNU time (peak memory of child processes)
 * and python3 with networkx 3 (GEXF read back by networkx), each there or the run fails saying how
 * to install it.
 */
import { ensureSystemTools, GNU_TIME, PYTHON_NETWORKX, XMLLINT } from './system-tools';

export default function setup(): void {
  ensureSystemTools([XMLLINT, GNU_TIME, PYTHON_NETWORKX]);
}
