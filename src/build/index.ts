export { buildGraph, GENERATOR, type StanceGraph, type DomainGraph } from './build-graph';
export { buildStanceGraph, type BuildOptions, type BuildStage } from './pipeline';
