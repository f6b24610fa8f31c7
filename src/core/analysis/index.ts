/** The analysis stage: who stands where (positions, alignment), who acts on whom (interactions), who said it (voices). */
export {
  selectStatements,
  statementKeys,
  type AnalysisGraph,
  type Statement,
  type StatementSelection,
  type SelectedStatements,
  type ActorMode,
} from './statements';
export { positionsNetwork, aggregatePosition, type PositionEdge, type AggregatePosition } from './positions';
export {
  alignmentNetwork,
  AlignmentTooLargeError,
  DEFAULT_MAX_ACTORS_PER_TARGET,
  type AlignmentEdge,
  type AlignmentOptions,
  type Normalization,
} from './alignment';
export {
  interactionNetwork,
  interactionEvents,
  type InteractionEdge,
  type InteractionEvent,
  type Interactions,
} from './interactions';
export { voicesNetwork, type VoiceEdge } from './voices';
export {
  analyse,
  analyseSelected,
  defaultParameters,
  NETWORKS,
  type NetworkName,
  type AnalysisParameters,
  type NetworkResult,
  type TableRow,
} from './networks';
export { eventsTable, EVENT_COLUMNS } from './events';
export { analyseForBuild, type BuildAnalysis } from './build-analysis';
