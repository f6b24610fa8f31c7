/**
 * The viewer's controller: holds the graph and the view (filters, selection, hover, camera), and
 * keeps the drawing, the panels, the counts and the URL in step with it. Rules live in state/; this
 * file only wires them to sigma and the page. The drawing (render/drawing) can be lost and rebuilt
 * without touching the graph or the view; without WebGL at all, the rest of the page still works.
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { downloadBlob, exportGexf, exportPng, exportSvg, fileStem } from './export';
import { isStancegraph, type PositionRepair } from './input';
import { autoLayoutMs, LayoutController } from './layout';
import { Drawing, parallelEdgeCurvatures, sameSize } from './render';
import { viewerSettings } from './settings';
import {
  buildSearchIndex, computeFacets, computeVisibility, encodeViewState, focusOf, formatCounts, search,
  showAllEdgeLabels, EMPTY_VIEW, type Facets, type FilterState, type ReducerContext, type SearchEntry, type Selection,
  type ViewState, type Visibility,
} from './state'; // prettier-ignore
import {
  byId, renderEdgeDetails, renderFilterPanel, renderLegend, renderNodeDetails, SearchBox, setUpCollapsibles,
  setUpToolbar, showDrawingFailed, showDrawingLost, showDrawingRestored, showMessage, SourceViewer,
  sourcesOfGraph, type Evidence, type PanelContext, type SourceRecordLike,
} from './ui'; // prettier-ignore

export interface LoadOptions {
  /** The build's graph.json: its view lives in the URL. An opened file's cannot be restored from a link. */
  fromBuild: boolean;
  name: string;
  view?: ViewState;
  repair?: PositionRepair;
}

export class App {
  graph!: Graph;
  visible: Visibility = { nodes: new Set(), edges: new Set() };
  private layout: LayoutController | undefined;
  private filters: FilterState = EMPTY_VIEW.filters;
  private selection: Selection = null;
  private hovered: string | null = null;
  private fromBuild = true;
  private searchIndex: SearchEntry[] = [];
  /** What the graph holds to filter by: computed once per graph, not at every filter change. */
  private facets!: Facets;
  private sources = new Map<string, SourceRecordLike>();
  private context!: ReducerContext;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly container = byId('graph');
  private readonly drawing = new Drawing(this.container, {
    context: () => this.context,
    mounted: (renderer) => this.bindRenderer(renderer),
    lost: showDrawingLost,
    recovered: showDrawingRestored,
    failed: (reason) => showDrawingFailed(`The drawing could not be restored: ${reason}.`, this.fromBuild),
  });
  private readonly panel = byId('panel');
  private readonly sourceViewer = new SourceViewer();
  private readonly searchBox = new SearchBox(
    (query) => search(this.searchIndex, query, this.visible.nodes),
    (node) => this.select({ type: 'node', key: node }, true),
  );
  private readonly toolbar = setUpToolbar({
    toggleLayout: () => (this.layout?.isRunning() ? this.layout.stop() : this.layout?.start()),
    resetLayout: () => this.layout?.reset(),
    exportGexf: () => this.exportGexf(),
    exportPng: () => void this.exportPng(),
    exportSvg: () => this.exportSvg(),
  });

  constructor() {
    // Sigma follows window resizes only; the container also changes with the panel and the top bar.
    // A renderer built after the change already drew at the new size (the observer reports it a
    // frame later): drawing again would cost a whole frame for nothing.
    new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      const drawn = this.renderer?.getDimensions();
      if (box && drawn && sameSize(box, drawn)) return;
      this.renderer?.scheduleRender();
    }).observe(this.container);
    setUpCollapsibles();
    byId('panel-close').addEventListener('click', () => this.select(null));
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** The renderer drawing now; undefined only when WebGL could not draw (the page says so). */
  get renderer(): Sigma | undefined {
    return this.drawing.renderer;
  }

  /** Shows `graph`; false when this browser could not draw it (the page then says so, with Reload). */
  load(graph: Graph, options: LoadOptions): boolean {
    this.layout?.kill();
    this.drawing.unmount();
    this.graph = graph;
    this.fromBuild = options.fromBuild;
    const view = options.view ?? EMPTY_VIEW;
    this.filters = view.filters;
    this.visible = computeVisibility(graph, this.filters);
    this.selection = this.validSelection(view.selection);
    this.hovered = null;
    this.searchIndex = buildSearchIndex(graph);
    this.sources = sourcesOfGraph(graph.getAttribute('sources'));
    this.context = {
      visible: this.visible,
      focus: null,
      selectedNode: null,
      selectedEdge: null,
      hoveredNode: null,
      curvature: parallelEdgeCurvatures(graph),
      edgeLabels: false,
    };
    this.updateContext();
    // Everything that can change the drawing's size comes before the drawing: the name, counts,
    // legend, filters and panel wrap or widen their boxes, and a resized container makes sigma
    // draw the whole graph again (seconds of software WebGL at 50,000 edges).
    byId('graph-name').textContent = options.name;
    this.facets = computeFacets(graph);
    renderLegend(byId('legend'), this.facets.kinds.keys(), isStancegraph(graph));
    this.renderFilters();
    this.renderPanel();
    this.updateCounts();
    const drawn = this.draw(graph, view.camera);
    this.layout = new LayoutController(graph, (running) => this.toolbar.setLayoutRunning(running));
    this.toolbar.setLayoutRunning(false);
    this.writeUrl();
    // A file without positions starts from a random disc: ForceAtlas2 runs a few seconds on it.
    if (options.repair?.layout === 'all') this.layout.runFor(autoLayoutMs(graph.order));
    return drawn;
  }

  private draw(graph: Graph, camera: ViewState['camera']): boolean {
    try {
      this.drawing.show(graph, camera);
      // For scripts and tests only (body[data-drawing]); the page never reads it back.
      document.body.dataset.drawing = 'ok';
      return true;
    } catch (error) {
      showDrawingFailed(
        `This browser could not draw the graph: ${(error as Error).message}.`,
        this.fromBuild,
      );
      return false;
    }
  }

  setFilters(filters: FilterState): void {
    this.filters = filters;
    this.visible = computeVisibility(this.graph, filters);
    this.selection = this.validSelection(this.selection);
    if (this.hovered !== null && !this.visible.nodes.has(this.hovered)) this.hovered = null;
    this.updateContext();
    this.updateEdgeLabels();
    this.renderer?.refresh();
    this.renderFilters();
    this.renderPanel();
    this.updateCounts();
    if (this.searchBox.isOpen()) this.searchBox.update();
    this.writeUrl();
  }

  /** A pasted link in the same tab: its filters, selection and camera. */
  applyView(view: ViewState): void {
    // Before graph.json has arrived there is nothing to apply it to; the load reads the URL itself.
    if (!this.graph || !this.fromBuild) return;
    this.setFilters(view.filters);
    this.select(view.selection);
    if (view.camera) this.renderer?.getCamera().setState(view.camera);
  }

  select(selection: Selection, center = false): void {
    this.selection = this.validSelection(selection);
    this.updateContext();
    this.renderer?.refresh({ skipIndexation: true });
    this.renderPanel();
    this.writeUrl();
    if (center && this.selection?.type === 'node') this.centreOn(this.selection.key);
  }

  private centreOn(node: string): void {
    const data = this.renderer?.getNodeDisplayData(node);
    if (!this.renderer || !data) return;
    const camera = this.renderer.getCamera();
    void camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, viewerSettings.focusCameraRatio) },
      { duration: viewerSettings.focusAnimationMs },
    );
  }

  /** A selection of something absent or filtered out is no selection. */
  private validSelection(selection: Selection): Selection {
    if (selection?.type === 'node') return this.visible.nodes.has(selection.key) ? selection : null;
    if (selection?.type === 'edge') return this.visible.edges.has(selection.key) ? selection : null;
    return null;
  }

  private updateContext(): void {
    const sel = this.selection;
    let focus: Set<string> | null = null;
    if (this.hovered !== null) focus = focusOf(this.graph, this.hovered, this.visible);
    else if (sel?.type === 'node') focus = focusOf(this.graph, sel.key, this.visible);
    else if (sel?.type === 'edge') focus = new Set(this.graph.extremities(sel.key));
    Object.assign(this.context, {
      visible: this.visible,
      focus,
      selectedNode: sel?.type === 'node' ? sel.key : null,
      selectedEdge: sel?.type === 'edge' ? sel.key : null,
      hoveredNode: this.hovered,
    });
  }

  /** Whether the edge-label setting changed with the zoom. */
  private updateEdgeLabels(): boolean {
    const ratio = this.drawing.cameraState()?.ratio ?? 1;
    const drawn = this.renderer?.getSetting('renderEdgeLabels') === true;
    const show = showAllEdgeLabels(ratio, this.visible.edges.size, drawn);
    if (show === this.context.edgeLabels) return false;
    this.context.edgeLabels = show;
    return true;
  }

  /** A new renderer (the first, or one rebuilt after a context loss): its camera and pointer events. */
  private bindRenderer(renderer: Sigma): void {
    // The renderer drew its first frame with the flag as it stood; a new renderer or a new graph
    // may change it (a handful of edges has its labels at any zoom).
    if (this.updateEdgeLabels()) renderer.refresh({ skipIndexation: true, schedule: true });
    renderer.getCamera().on('updated', () => {
      // Scheduled, not drawn at once: inside the camera's event the frame would be drawn in full,
      // as if the camera stood still, in the middle of a move.
      if (this.updateEdgeLabels()) renderer.refresh({ skipIndexation: true, schedule: true });
      this.scheduleUrl();
    });
    const hover = (node: string | null) => {
      this.hovered = node;
      this.updateContext();
      renderer.refresh({ skipIndexation: true });
    };
    renderer.on('enterNode', ({ node }) => hover(node));
    renderer.on('leaveNode', () => hover(null));
    renderer.on('clickNode', ({ node }) => this.select({ type: 'node', key: node }));
    renderer.on('clickEdge', ({ edge }) => this.select({ type: 'edge', key: edge }));
    renderer.on('clickStage', () => this.select(null));
    renderer.on('enterEdge', () => this.container.classList.add('pointer'));
    renderer.on('leaveEdge', () => this.container.classList.remove('pointer'));
  }

  private panelContext(): PanelContext {
    return {
      graph: this.graph,
      visible: this.visible,
      selectNode: (node) => this.select({ type: 'node', key: node }, true),
      selectEdge: (edge) => this.select({ type: 'edge', key: edge }),
      showEvidence: (evidence: Evidence, claim: string) =>
        this.sourceViewer.show(evidence, claim, this.sources.get(evidence.source)),
      sourceTitle: (id) => this.sources.get(id)?.title ?? id,
    };
  }

  private renderPanel(): void {
    const content = byId('panel-content');
    const sel = this.selection;
    this.panel.hidden = sel === null;
    if (sel?.type === 'node') renderNodeDetails(content, sel.key, this.panelContext());
    else if (sel?.type === 'edge') renderEdgeDetails(content, sel.key, this.panelContext());
  }

  private renderFilters(): void {
    renderFilterPanel(byId('filters'), this.facets, this.filters, {
      sourceTitle: (id) => this.sources.get(id)?.title ?? id,
      onChange: (filters) => this.setFilters(filters),
    });
  }

  private updateCounts(): void {
    byId('counts').textContent = formatCounts(this.visible, this.graph);
  }

  private viewState(): ViewState {
    return { selection: this.selection, filters: this.filters, camera: this.drawing.cameraState() };
  }

  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    if (!this.fromBuild) return;
    const fragment = encodeViewState(this.viewState());
    history.replaceState(null, '', fragment === '' ? location.pathname + location.search : `#${fragment}`);
  }

  /** Camera moves come in bursts (a wheel, an animation): the URL follows when they settle. */
  private scheduleUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), viewerSettings.urlDebounceMs);
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    const typing =
      target !== null &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.searchBox.focus();
    } else if (event.key === 'Escape' && !this.sourceViewer.isOpen()) {
      if (target === this.searchBox.input) this.searchBox.input.blur();
      this.select(null);
    }
  }

  private stem(): string {
    return fileStem(byId('graph-name').textContent ?? 'graph');
  }

  private exportGexf(): void {
    const { blob, warnings } = exportGexf(this.graph, this.visible);
    downloadBlob(blob, `${this.stem()}.gexf`);
    if (warnings.length > 0)
      showMessage(
        `GEXF written with ${warnings.length} value(s) changed or left out (first: ${warnings[0]!.message}).`,
        'info',
      );
  }

  private exportSvg(): void {
    const { renderer, labels } = this.drawing;
    if (!renderer || !labels)
      return showMessage('There is no drawing to export: WebGL is not available.', 'error');
    downloadBlob(exportSvg(renderer, labels.drawn), `${this.stem()}.svg`);
  }

  private async exportPng(): Promise<void> {
    if (!this.renderer) return showMessage('There is no drawing to export: WebGL is not available.', 'error');
    try {
      downloadBlob(await exportPng(this.renderer), `${this.stem()}.png`);
    } catch (error) {
      showMessage(`PNG export failed: ${(error as Error).message}`, 'error');
    }
  }
}
