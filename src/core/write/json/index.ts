export { graphJsonChunks, graphJsonString } from './json-chunks';
