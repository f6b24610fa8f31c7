/** Stage 6, style: colours and sizes of nodes and edges, apart from the domain data. */
export {
  computeStyles,
  nodeSize,
  edgeSize,
  MIN_NODE_SIZE,
  MAX_NODE_SIZE,
  type Style,
  type GraphStyles,
} from './style';
export * from './palette';
