/**
 * GEXF 1.3 export, for Gephi and networkx: `gexfChunks` streams the document, `writeGexfString`
 * joins it for small graphs. Pure (browser and Node).
 */
export type { GexfAttributeSpec, GexfGraph, GexfSpecs, GexfWarning, GexfWriteOptions } from './types';
export { DEFAULT_CHUNK_SIZE, gexfChunks, writeGexfString } from './writer';
export { EDGE_XML_ATTRIBUTES, NODE_XML_ATTRIBUTES, inferGexfSpecs, stancegraphGexfSpecs } from './specs';
export { gexfXmlType } from './values';
