/** Drawing: the sigma renderer, parallel-edge curvature and the SVG snapshot. */
export { createRenderer, LABEL_FONT } from './renderer';
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
