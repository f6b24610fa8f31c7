/**
 * Whether a box the browser measured (fractional CSS pixels) is the size sigma drew at (its
 * container's whole pixels): the same size needs no new frame.
 */
export function sameSize(
  measured: { width: number; height: number },
  drawn: { width: number; height: number },
): boolean {
  return Math.round(measured.width) === drawn.width && Math.round(measured.height) === drawn.height;
}
