/** The page: DOM helpers, panels, filters, legend, search, source viewer, toolbar, messages, file opening. */
export * from './dom';
export * from './labels';
export { renderNodeDetails, renderEdgeDetails, nodeName, type PanelContext } from './details-panel';
export { type Evidence } from './edge-card';
export { renderFilterPanel } from './filter-panel';
export { renderLegend } from './legend';
export { SearchBox } from './search-box';
export { SourceViewer, sourcesOfGraph, type SourceRecordLike } from './source-viewer';
export { setUpToolbar, setUpCollapsibles } from './toolbar';
export { showMessage, hideMessage, type MessageAction, type MessageDetails } from './messages';
export { ProgressLine } from './progress';
export { formatBytes } from './format';
export { setUpFileOpening } from './file-input';
export { showDrawingLost, showDrawingRestored, showDrawingFailed } from './drawing-status';
