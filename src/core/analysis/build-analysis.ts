/**
 * Stage 7, analyse, as the build runs it: the positions and alignment networks and the event table,
 * with default parameters, for the build's CSV outputs. An alignment too large to project is left
 * empty with a notice that says why, so that a large corpus still builds.
 */
import { AlignmentTooLargeError } from './alignment';
import { eventsTable } from './events';
import {
  analyseSelected,
  defaultParameters,
  type AnalysisCache,
  type NetworkResult,
  type TableRow,
} from './networks';
import { selectStatements, type AnalysisGraph } from './statements';

export interface BuildAnalysis {
  positions: NetworkResult;
  alignment: NetworkResult;
  events: TableRow[];
  notices: string[];
}

export function analyseForBuild(graph: AnalysisGraph): BuildAnalysis {
  const notices: string[] = [];
  // One selection and one positions network serve the three tables.
  const selected = selectStatements(graph);
  const cache: AnalysisCache = {};
  const positions = analyseSelected(graph, selected, defaultParameters('positions'), cache);
  let alignment: NetworkResult;
  try {
    alignment = analyseSelected(graph, selected, defaultParameters('alignment'), cache);
  } catch (error) {
    if (!(error instanceof AlignmentTooLargeError)) throw error;
    notices.push(`alignment.csv: left empty: ${error.message}`);
    const none = { statements: [], excluded: { background: 0, undated: 0, outsideWindow: 0 } };
    alignment = analyseSelected(graph, none, defaultParameters('alignment'));
  }
  return { positions, alignment, events: eventsTable(graph, selected.statements), notices };
}
