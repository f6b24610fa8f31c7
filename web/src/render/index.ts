/** Drawing: the sigma renderer and its life (context loss and recovery), parallel-edge curvature and the SVG snapshot. */
export { createRenderer } from './renderer';
export { Drawing, type DrawingHooks } from './drawing';
export { ContextRecovery, watchContextLoss, type RecoveryOptions } from './context-loss';
export {
  createLabelDrawer,
  boxesOverlap,
  labelBox,
  type LabelBox,
  type LabelDrawer,
} from './label-collision';
export { parallelEdgeCurvatures, curvatureFor } from './curvature';
export { sceneToSvg, type SvgScene } from './svg';
export { captureScene } from './capture-scene';
export { sameSize } from './size';
