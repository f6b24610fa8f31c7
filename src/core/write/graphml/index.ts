export { graphmlChunks, type GraphmlOptions } from './graphml';
