/** The toolbar's buttons: layout run/stop and reset, exports, opening a file. */
import { byId } from './dom';

export interface ToolbarActions {
  toggleLayout(): void;
  resetLayout(): void;
  exportGexf(): void;
  exportPng(): void;
  exportSvg(): void;
}

export function setUpToolbar(actions: ToolbarActions): { setLayoutRunning(running: boolean): void } {
  const layoutButton = byId<HTMLButtonElement>('layout-toggle');
  layoutButton.addEventListener('click', () => actions.toggleLayout());
  byId('layout-reset').addEventListener('click', () => actions.resetLayout());
  byId('export-gexf').addEventListener('click', () => actions.exportGexf());
  byId('export-png').addEventListener('click', () => actions.exportPng());
  byId('export-svg').addEventListener('click', () => actions.exportSvg());
  return {
    setLayoutRunning(running) {
      layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
      layoutButton.setAttribute('aria-pressed', String(running));
    },
  };
}

/**
 * Folding: the Filters button hides the sidebar on wide screens and shows it on narrow ones (where
 * it starts folded, see styles.css); on narrow screens the details panel folds to its buttons.
 */
export function setUpCollapsibles(): void {
  const sidebarButton = byId('toggle-sidebar');
  const sidebar = byId('sidebar');
  const syncSidebar = () =>
    sidebarButton.setAttribute('aria-expanded', String(getComputedStyle(sidebar).display !== 'none'));
  sidebarButton.addEventListener('click', () => {
    sidebar.classList.toggle('toggled');
    syncSidebar();
  });
  window.matchMedia('(max-width: 760px)').addEventListener('change', syncSidebar);
  syncSidebar();
  const panelButton = byId('panel-collapse');
  const panel = byId('panel');
  panelButton.addEventListener('click', () => {
    const folded = panel.classList.toggle('toggled');
    panelButton.setAttribute('aria-expanded', String(!folded));
  });
}
