/** The unit project's setup: xmllint (GEXF schema checks) and GNU time (peak memory of child processes). */
import { ensureSystemTools, GNU_TIME, XMLLINT } from './system-tools';

export default function setup(): void {
  ensureSystemTools([XMLLINT, GNU_TIME]);
}
