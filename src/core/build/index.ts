/** Stage 3, build: the checked dataset as a graphology multigraph with domain attributes only. */
export { buildGraph, GENERATOR, type StanceGraph, type DomainGraph } from './build-graph';
