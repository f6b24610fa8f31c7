/** Layout in the browser: ForceAtlas2 in a web worker, start, stop and reset. */
export { LayoutController } from './layout-controller';
