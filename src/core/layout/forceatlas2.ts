/**
 * ForceAtlas2 (Jacomy et al. 2014) for the build: the force model and step of
 * graphology-layout-forceatlas2's `iterate` (linear attraction, repulsion by degree, strong gravity,
 * per-node speed from swinging and traction; Barnes–Hut as it builds its quadtree), for the settings
 * the build uses (no linLog, no size adjustment, no outbound distribution, edge weight influence 1).
 *
 * Why not call the library: at 50,000 nodes its iteration costs about a second, mostly in a quadtree
 * kept in a growing JavaScript array and rebuilt each step. Here every array is typed and allocated
 * once, in double precision, and parallel edges come in as one weighted edge (the same force with
 * weight influence 1), so an iteration costs several times less and the build can afford enough.
 */

export interface ForceAtlas2Settings {
  gravity: number;
  scalingRatio: number;
  slowDown: number;
  strongGravityMode: boolean;
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
}

export interface LayoutArrays {
  x: Float64Array;
  y: Float64Array;
  /** 1 + the node's degree (weighted), as ForceAtlas2 defines mass. */
  mass: Float64Array;
  /** Edge ends and weights: one entry per pair of distinct nodes. */
  sources: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** The library's limit on subdividing a quadtree cell for two nodes in the same place. */
const SUBDIVISION_ATTEMPTS = 3;

/** A Barnes–Hut quadtree in flat typed arrays, threaded by "next sibling" links as the library's is. */
class QuadTree {
  node = new Int32Array(0);
  firstChild = new Int32Array(0);
  nextSibling = new Int32Array(0);
  centerX = new Float64Array(0);
  centerY = new Float64Array(0);
  size = new Float64Array(0);
  mass = new Float64Array(0);
  massX = new Float64Array(0);
  massY = new Float64Array(0);
  count = 0;

  private reserve(regions: number): void {
    if (regions <= this.node.length) return;
    const capacity = Math.max(regions, this.node.length * 2, 64);
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    this.node = grow(this.node);
    this.firstChild = grow(this.firstChild);
    this.nextSibling = grow(this.nextSibling);
    this.centerX = grow(this.centerX);
    this.centerY = grow(this.centerY);
    this.size = grow(this.size);
    this.mass = grow(this.mass);
    this.massX = grow(this.massX);
    this.massY = grow(this.massY);
  }

  private region(r: number, cx: number, cy: number, size: number, next: number): void {
    this.node[r] = -1;
    this.centerX[r] = cx;
    this.centerY[r] = cy;
    this.size[r] = size;
    this.nextSibling[r] = next;
    this.firstChild[r] = -1;
    this.mass[r] = 0;
    this.massX[r] = 0;
    this.massY[r] = 0;
  }

  private quadrant(r: number, px: number, py: number): number {
    const first = this.firstChild[r]!;
    if (px < this.centerX[r]!) return py < this.centerY[r]! ? first : first + 1;
    return py < this.centerY[r]! ? first + 2 : first + 3;
  }

  build(x: Float64Array, y: Float64Array, mass: Float64Array): void {
    const n = x.length;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]!);
      maxX = Math.max(maxX, x[i]!);
      minY = Math.min(minY, y[i]!);
      maxY = Math.max(maxY, y[i]!);
    }
    const dx = maxX - minX;
    const dy = maxY - minY;
    if (dx > dy) {
      minY -= (dx - dy) / 2;
      maxY = minY + dx;
    } else {
      minX -= (dy - dx) / 2;
      maxX = minX + dy;
    }
    this.reserve(1 + 4 * n);
    this.region(0, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY), -1);
    this.count = 1;
    for (let i = 0; i < n; i++) {
      const px = x[i]!;
      const py = y[i]!;
      const m = mass[i]!;
      let r = 0;
      let attempts = SUBDIVISION_ATTEMPTS;
      for (;;) {
        if (this.firstChild[r]! >= 0) {
          // An inner cell: update its centre of mass and go down.
          const q = this.quadrant(r, px, py);
          const total = this.mass[r]! + m;
          this.massX[r] = (this.massX[r]! * this.mass[r]! + px * m) / total;
          this.massY[r] = (this.massY[r]! * this.mass[r]! + py * m) / total;
          this.mass[r] = total;
          r = q;
          continue;
        }
        const other = this.node[r]!;
        if (other < 0) {
          this.node[r] = i;
          break;
        }
        // A leaf holding a node: split it in four and move both nodes down.
        this.reserve(this.count + 4);
        const first = this.count;
        this.count += 4;
        this.firstChild[r] = first;
        const w = this.size[r]! / 2;
        const cx = this.centerX[r]!;
        const cy = this.centerY[r]!;
        this.region(first, cx - w, cy - w, w, first + 1);
        this.region(first + 1, cx - w, cy + w, w, first + 2);
        this.region(first + 2, cx + w, cy - w, w, first + 3);
        this.region(first + 3, cx + w, cy + w, w, this.nextSibling[r]!);
        const q = this.quadrant(r, x[other]!, y[other]!);
        this.mass[r] = mass[other]!;
        this.massX[r] = x[other]!;
        this.massY[r] = y[other]!;
        this.node[q] = other;
        this.node[r] = -1;
        const q2 = this.quadrant(r, px, py);
        if (q === q2) {
          if (attempts--) {
            r = q;
            continue;
          }
          // Out of precision: the library gives up on placing this node, and so do we.
          break;
        }
        this.node[q2] = i;
        break;
      }
    }
  }
}

/** Runs `iterations` steps, updating `a.x` and `a.y` in place; `onIteration` is told after each. */
export function runForceAtlas2(
  a: LayoutArrays,
  settings: ForceAtlas2Settings,
  iterations: number,
  onIteration?: (done: number, total: number) => void,
): void {
  const n = a.x.length;
  const { x, y, mass, sources, targets, weights } = a;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const oldDx = new Float64Array(n);
  const oldDy = new Float64Array(n);
  const convergence = new Float64Array(n).fill(1);
  const tree = new QuadTree();
  const thetaSquared = settings.barnesHutTheta * settings.barnesHutTheta;
  const coefficient = settings.scalingRatio;
  const gravity = settings.gravity / settings.scalingRatio;

  for (let iteration = 0; iteration < iterations; iteration++) {
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);

    // Repulsion: c · m1 · m2 / d² along the line between the nodes.
    if (settings.barnesHutOptimize) {
      tree.build(x, y, mass);
      const { firstChild, nextSibling, node, size, mass: rMass, massX, massY } = tree;
      for (let i = 0; i < n; i++) {
        const px = x[i]!;
        const py = y[i]!;
        const cm = coefficient * mass[i]!;
        let fx = 0;
        let fy = 0;
        let r = 0;
        for (;;) {
          if (firstChild[r]! >= 0) {
            const xd = px - massX[r]!;
            const yd = py - massY[r]!;
            const distance = xd * xd + yd * yd;
            const s = size[r]!;
            if ((4 * s * s) / distance < thetaSquared) {
              if (distance > 0) {
                const factor = (cm * rMass[r]!) / distance;
                fx += xd * factor;
                fy += yd * factor;
              }
              r = nextSibling[r]!;
              if (r < 0) break;
            } else r = firstChild[r]!;
            continue;
          }
          const other = node[r]!;
          if (other >= 0 && other !== i) {
            const xd = px - x[other]!;
            const yd = py - y[other]!;
            const distance = xd * xd + yd * yd;
            if (distance > 0) {
              const factor = (cm * mass[other]!) / distance;
              fx += xd * factor;
              fy += yd * factor;
            }
          }
          r = nextSibling[r]!;
          if (r < 0) break;
        }
        dx[i] = dx[i]! + fx;
        dy[i] = dy[i]! + fy;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const cm = coefficient * mass[i]!;
        for (let j = 0; j < i; j++) {
          const xd = x[i]! - x[j]!;
          const yd = y[i]! - y[j]!;
          const distance = xd * xd + yd * yd;
          if (distance > 0) {
            const factor = (cm * mass[j]!) / distance;
            dx[i] = dx[i]! + xd * factor;
            dy[i] = dy[i]! + yd * factor;
            dx[j] = dx[j]! - xd * factor;
            dy[j] = dy[j]! - yd * factor;
          }
        }
      }
    }

    // Gravity towards the centre: strong (independent of distance) or weak.
    for (let i = 0; i < n; i++) {
      const distance = Math.sqrt(x[i]! * x[i]! + y[i]! * y[i]!);
      if (distance <= 0) continue;
      const factor = settings.strongGravityMode
        ? coefficient * mass[i]! * gravity
        : (coefficient * mass[i]! * gravity) / distance;
      dx[i] = dx[i]! - x[i]! * factor;
      dy[i] = dy[i]! - y[i]! * factor;
    }

    // Attraction along edges, linear in the distance and in the weight.
    for (let e = 0; e < sources.length; e++) {
      const s = sources[e]!;
      const t = targets[e]!;
      const w = weights[e]!;
      const xd = x[s]! - x[t]!;
      const yd = y[s]! - y[t]!;
      dx[s] = dx[s]! - xd * w;
      dy[s] = dy[s]! - yd * w;
      dx[t] = dx[t]! + xd * w;
      dy[t] = dy[t]! + yd * w;
    }

    // Move: a node that swings (its force changes direction) slows down, one pulled steadily speeds up.
    for (let i = 0; i < n; i++) {
      const sx = oldDx[i]! - dx[i]!;
      const sy = oldDy[i]! - dy[i]!;
      const swinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
      const tx = oldDx[i]! + dx[i]!;
      const ty = oldDy[i]! + dy[i]!;
      const traction = Math.sqrt(tx * tx + ty * ty) / 2;
      const speed = (convergence[i]! * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
      convergence[i] = Math.min(
        1,
        Math.sqrt((speed * (dx[i]! * dx[i]! + dy[i]! * dy[i]!)) / (1 + Math.sqrt(swinging))),
      );
      x[i] = x[i]! + dx[i]! * (speed / settings.slowDown);
      y[i] = y[i]! + dy[i]! * (speed / settings.slowDown);
    }
    onIteration?.(iteration + 1, iterations);
  }
}
