/** Stage 7, write: the built graph as graph.json and GEXF 1.3, streamed in chunks, and the manifest. */
export * from './json';
export * from './gexf';
export {
  writeOutputs,
  OUTPUT_FILES,
  type OutputFile,
  type OutputSink,
  type OutputCounts,
  type WrittenFile,
  type WrittenOutputs,
  type WriteOptions,
} from './outputs';
export * from './csv';
export * from './graphml';
export { networkChunks, parametersJson, NETWORK_FORMATS, type NetworkFormat } from './network-formats';
