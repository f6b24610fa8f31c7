/** Work on a second core: betweenness in a worker thread beside the layout. */
export { threadedBetweenness, takeChunks, WORKER_MIN_NODES } from './betweenness-thread';
