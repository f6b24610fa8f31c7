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
