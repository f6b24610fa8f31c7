/** GEXF `viz:` elements to sigma's display attributes; values that are not finite numbers are left out. */

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

export function readViz(
  name: string,
  a: Record<string, string>,
  warn: (message: string) => void,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const finite = (field: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const v = Number(raw);
    if (Number.isFinite(v)) return v;
    warn(
      `${name} ${field}="${raw}" is not a finite number; it was left out${name === 'position' ? ' and the node is laid out instead' : ''}`,
    );
    return undefined;
  };
  if (name === 'position') {
    const x = finite('x', a.x);
    const y = finite('y', a.y);
    const z = finite('z', a.z);
    if (x !== undefined && y !== undefined) Object.assign(out, { x, y });
    if (z !== undefined) out.z = z;
  } else if (name === 'size' || name === 'thickness') {
    const size = finite('value', a.value);
    if (size !== undefined && size >= 0) out.size = size;
  } else if (name === 'color') {
    if (a.hex !== undefined && /^#?[0-9a-f]{6}$/i.test(a.hex))
      out.color = `#${a.hex.replace('#', '').toLowerCase()}`;
    else if (a.r !== undefined && a.g !== undefined && a.b !== undefined) {
      const [r, g, b] = [Number(a.r), Number(a.g), Number(a.b)];
      if ([r, g, b].every(Number.isFinite)) {
        const alpha = a.a === undefined ? 1 : Number(a.a);
        out.color =
          alpha < 1 && Number.isFinite(alpha)
            ? `rgba(${r},${g},${b},${alpha})`
            : `#${hex2(r)}${hex2(g)}${hex2(b)}`;
      } else warn('a viz:color with values that are not numbers was left out');
    }
  } else if (name === 'shape' && a.value !== undefined) out.shape = a.value;
  return out;
}
