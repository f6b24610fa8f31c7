export { generateCorpus, entityCountFor, type CorpusOptions, type CorpusSummary } from './corpus';
