/** Layout in the browser: ForceAtlas2 in a web worker under the build's policy; start, stop and reset. */
export { autoLayoutMs, LayoutController, workerSettings } from './layout-controller';
