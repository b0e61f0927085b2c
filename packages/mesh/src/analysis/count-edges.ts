/** Above this many edges at one vertex, they are sorted rather than compared pairwise. */
const SMALL_FAN = 12;

export interface EdgeCounts {
  /** Distinct undirected edges. */
  edges: number;
  /** Edges used by one face only: holes in the surface. */
  boundaryEdges: number;
  /** Edges used by more than two faces. */
  nonManifoldEdges: number;
  /** Edges shared by two faces that run along it in the same direction (inconsistent winding). */
  inconsistentEdges: number;
}

/** Edges not shared by exactly two faces, as (vertex, vertex, faces using it) triples. */
export type OpenEdges = number[];
/** Enough to locate every hole of a real model; a triangle soup is not listed edge by edge. */
export const OPEN_EDGES_LISTED = 100_000;

/**
 * Counts how many faces use each undirected edge. Edges are grouped by their lower vertex
 * (a counting sort into one flat array), then each vertex's short list is matched up — linear
 * time, no hashing, no strings. Faces that repeat a vertex have no proper edges and are skipped.
 */
export function countEdges(indices: Uint32Array, vertexCount: number, openEdges?: OpenEdges): EdgeCounts {
  const triangleCount = Math.floor(indices.length / 3);
  const starts = new Uint32Array(vertexCount + 1);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices[t * 3]!;
    const b = indices[t * 3 + 1]!;
    const c = indices[t * 3 + 2]!;
    if (a === b || b === c || a === c) continue;
    starts[Math.min(a, b)]!++;
    starts[Math.min(b, c)]!++;
    starts[Math.min(c, a)]!++;
  }
  let total = 0;
  for (let v = 0; v < vertexCount; v++) {
    const count = starts[v]!;
    starts[v] = total;
    total += count;
  }
  starts[vertexCount] = total;
  // Each slot holds (other vertex × 2 + 1 when the face runs from the higher vertex to the lower).
  const slots = new Uint32Array(total);
  const fill = starts.slice(0, vertexCount);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices[t * 3]!;
    const b = indices[t * 3 + 1]!;
    const c = indices[t * 3 + 2]!;
    if (a === b || b === c || a === c) continue;
    if (a < b) slots[fill[a]!++] = b * 2;
    else slots[fill[b]!++] = a * 2 + 1;
    if (b < c) slots[fill[b]!++] = c * 2;
    else slots[fill[c]!++] = b * 2 + 1;
    if (c < a) slots[fill[c]!++] = a * 2;
    else slots[fill[a]!++] = c * 2 + 1;
  }
  const counts: EdgeCounts = { edges: 0, boundaryEdges: 0, nonManifoldEdges: 0, inconsistentEdges: 0 };
  for (let v = 0; v < vertexCount; v++) {
    const start = starts[v]!;
    const end = starts[v + 1]!;
    if (end - start > SMALL_FAN) countSortedFan(v, slots.subarray(start, end).sort(), counts, openEdges);
    else if (end > start) countSmallFan(v, slots, start, end, counts, openEdges);
  }
  return counts;
}

function countSmallFan(
  vertex: number,
  slots: Uint32Array,
  start: number,
  end: number,
  counts: EdgeCounts,
  openEdges: OpenEdges | undefined,
): void {
  for (let i = start; i < end; i++) {
    const other = slots[i]! >>> 1;
    let seenBefore = false;
    for (let j = start; j < i; j++) {
      if (slots[j]! >>> 1 === other) {
        seenBefore = true;
        break;
      }
    }
    if (seenBefore) continue;
    let uses = 1;
    let forward = slots[i]! & 1;
    for (let j = i + 1; j < end; j++) {
      if (slots[j]! >>> 1 === other) {
        uses++;
        forward += slots[j]! & 1;
      }
    }
    classifyEdge(vertex, other, uses, forward, counts, openEdges);
  }
}

function countSortedFan(
  vertex: number,
  sorted: Uint32Array,
  counts: EdgeCounts,
  openEdges: OpenEdges | undefined,
): void {
  let i = 0;
  while (i < sorted.length) {
    const other = sorted[i]! >>> 1;
    let uses = 0;
    let forward = 0;
    while (i < sorted.length && sorted[i]! >>> 1 === other) {
      forward += sorted[i]! & 1;
      uses++;
      i++;
    }
    classifyEdge(vertex, other, uses, forward, counts, openEdges);
  }
}

function classifyEdge(
  vertex: number,
  other: number,
  uses: number,
  forward: number,
  counts: EdgeCounts,
  openEdges: OpenEdges | undefined,
): void {
  counts.edges++;
  if (uses === 1) counts.boundaryEdges++;
  else if (uses > 2) counts.nonManifoldEdges++;
  else if (forward !== 1) counts.inconsistentEdges++;
  if (uses !== 2 && openEdges && openEdges.length < OPEN_EDGES_LISTED * 3)
    openEdges.push(vertex, other, uses);
}
