/** Graphs and pictures out: the filtered graph as GEXF through the shared writer, PNG and SVG of the view, downloads. */
export { exportGexf, type GexfExport } from './export-gexf';
export { exportPng, exportSvg } from './export-image';
export { downloadBlob, fileStem } from './download';
export { filteredCopy } from './filtered-copy';
