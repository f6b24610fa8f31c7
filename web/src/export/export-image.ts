/** The current view as PNG (@sigma/export-image, all of sigma's layers) and as SVG (our own scene writer). */
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { captureScene, sceneToSvg } from '../render';
import { viewerSettings } from '../settings';

export async function exportPng(renderer: Sigma): Promise<Blob> {
  return toBlob(renderer, { format: 'png', backgroundColor: viewerSettings.exportBackgroundColor });
}

export function exportSvg(renderer: Sigma, drawnLabels: ReadonlySet<string>): Blob {
  return new Blob([sceneToSvg(captureScene(renderer, drawnLabels))], { type: 'image/svg+xml' });
}
