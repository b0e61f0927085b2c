import type { OpenEdges } from './count-edges';

type Vector3 = [number, number, number];

/** A run of connected open edges: the rim of a hole, or a seam where more than two faces meet. */
export interface OpenEdgeLoop {
  /** `hole`: every edge has one face; `non-manifold`: some edge has three or more. */
  kind: 'hole' | 'non-manifold';
  edges: number;
  lengthMm: number;
  /** Mean of the loop's vertices: where to look. */
  centreMm: Vector3;
  boxMm: { min: Vector3; max: Vector3 };
}

/** The largest loops first; a model with more has them summed up in the counts, not listed. */
export const OPEN_EDGE_LOOPS_LISTED = 20;

/** Groups open edges that share vertices (union-find) into loops with their place and size. */
export function groupOpenEdges(openEdges: OpenEdges, positions: Float32Array): OpenEdgeLoop[] {
  const edgeCount = openEdges.length / 3;
  if (edgeCount === 0) return [];
  const parent = new Map<number, number>();
  const find = (start: number): number => {
    let v = start;
    for (;;) {
      const up = parent.get(v);
      if (up === undefined || up === v) return v;
      const grandparent = parent.get(up) ?? up;
      parent.set(v, grandparent);
      v = grandparent;
    }
  };
  for (let e = 0; e < edgeCount; e++) {
    const a = find(openEdges[e * 3]!);
    const b = find(openEdges[e * 3 + 1]!);
    if (!parent.has(a)) parent.set(a, a);
    if (a !== b) parent.set(b, a);
  }

  interface Loop {
    edges: number;
    nonManifold: boolean;
    lengthMm: number;
    vertices: Set<number>;
  }
  const loops = new Map<number, Loop>();
  for (let e = 0; e < edgeCount; e++) {
    const a = openEdges[e * 3]!;
    const b = openEdges[e * 3 + 1]!;
    const root = find(a);
    let loop = loops.get(root);
    if (!loop) {
      loop = { edges: 0, nonManifold: false, lengthMm: 0, vertices: new Set() };
      loops.set(root, loop);
    }
    loop.edges++;
    if (openEdges[e * 3 + 2]! > 2) loop.nonManifold = true;
    loop.lengthMm += Math.hypot(
      positions[a * 3]! - positions[b * 3]!,
      positions[a * 3 + 1]! - positions[b * 3 + 1]!,
      positions[a * 3 + 2]! - positions[b * 3 + 2]!,
    );
    loop.vertices.add(a);
    loop.vertices.add(b);
  }

  return [...loops.values()]
    .sort((left, right) => right.edges - left.edges || right.lengthMm - left.lengthMm)
    .slice(0, OPEN_EDGE_LOOPS_LISTED)
    .map((loop) => describeLoop(loop, positions));
}

function describeLoop(
  loop: { edges: number; nonManifold: boolean; lengthMm: number; vertices: Set<number> },
  positions: Float32Array,
): OpenEdgeLoop {
  const sum: Vector3 = [0, 0, 0];
  const min: Vector3 = [Infinity, Infinity, Infinity];
  const max: Vector3 = [-Infinity, -Infinity, -Infinity];
  for (const vertex of loop.vertices) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[vertex * 3 + axis]!;
      sum[axis]! += value;
      if (value < min[axis]!) min[axis] = value;
      if (value > max[axis]!) max[axis] = value;
    }
  }
  const count = loop.vertices.size;
  return {
    kind: loop.nonManifold ? 'non-manifold' : 'hole',
    edges: loop.edges,
    lengthMm: loop.lengthMm,
    centreMm: [sum[0] / count, sum[1] / count, sum[2] / count],
    boxMm: { min, max },
  };
}
