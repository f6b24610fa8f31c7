/** Stage 5, layout: seeded ForceAtlas2 under one policy shared with the viewer — a position per node. */
export { computeLayout, type LayoutOptions, type NodePositions, type Point } from './layout';
export { layoutPlans, planFor, layoutSettings, type LayoutPlan } from './policy';
export { runForceAtlas2, type ForceAtlas2Settings, type LayoutArrays } from './forceatlas2';
