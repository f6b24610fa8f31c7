/**
 * Node labels that do not pile up. Sigma's label grid already keeps a few labels per cell, but long
 * labels in neighbouring cells still overlap; this drawer measures each label and skips one that
 * would overlap a label already drawn in the same frame (biggest nodes come first in sigma's order).
 * The selected or hovered node's label is always drawn.
 */
import type { Attributes } from 'graphology-types';
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import { viewerSettings } from '../settings';

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap, with `margin` pixels of air required between them. */
export function boxesOverlap(
  a: LabelBox,
  b: LabelBox,
  margin = viewerSettings.labelCollisionMargin,
): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** Where sigma's disc label stands (drawDiscNodeLabel's own offsets): right of the node, vertically centred on it. */
export function labelBox(
  x: number,
  y: number,
  nodeSize: number,
  textWidth: number,
  fontSize: number,
): LabelBox {
  return { x: x + nodeSize + 3, y: y - fontSize * 0.6, width: textWidth, height: fontSize * 1.2 };
}

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  /** Called before each frame. */
  reset(): void;
  /** The nodes whose labels the last frame drew. */
  readonly drawn: ReadonlySet<string>;
}

export function createLabelDrawer(): LabelDrawer {
  const boxes: LabelBox[] = [];
  const drawn = new Set<string>();
  return {
    drawn,
    reset() {
      boxes.length = 0;
      drawn.clear();
    },
    draw(context, data, settings) {
      if (!data.label) return;
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box = labelBox(
        data.x,
        data.y,
        data.size,
        context.measureText(data.label).width,
        settings.labelSize,
      );
      if (!data.highlighted && boxes.some((other) => boxesOverlap(other, box))) return;
      boxes.push(box);
      drawn.add(data.key);
      drawDiscNodeLabel(context, data, settings);
    },
  };
}
