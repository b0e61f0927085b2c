import { GrowableUint32Array } from '../geometry/growable-array';

/** Above this many edges at one vertex, they are sorted rather than matched through `tally`. */
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
  /** Connected pieces of surface: vertices joined by faces, counted among the vertices faces use. */
  shells: number;
}

/**
 * Each vertex's edges to higher vertices, as `countEdges` groups them: the slots from `starts[v]` to
 * `starts[v + 1]` hold (other vertex × 2 + 1 when the face runs from the other vertex to v), once per
 * face using the edge. Faces that repeat a vertex have no slots; they are listed by their first index.
 */
export interface EdgeFans {
  starts: Uint32Array;
  slots: Uint32Array;
  facesRepeatingAVertex: Uint32Array;
}

/** Edges not shared by exactly two faces, as (vertex, vertex, faces using it) triples. */
export type OpenEdges = number[];
/** Enough to locate every hole of a real model; a triangle soup is not listed edge by edge. */
export const OPEN_EDGES_LISTED = 100_000;

/**
 * Counts how many faces use each undirected edge, and the shells the faces make. Edges are grouped
 * by their lower vertex (a counting sort into one flat array), then each vertex's short list is
 * matched up through a scratch tally indexed by the other vertex — linear time, no hashing, no
 * strings. Each distinct edge joins its two vertices in a union-find, so the shells come from the
 * same walk. Faces that repeat a vertex have no proper edges; they only join their vertices.
 * `unpairedVertices`, when given, gets a 1 at both ends of every edge not shared by exactly two
 * faces wound opposite ways (open, non-manifold or inconsistent). The grouped edges are returned
 * too (`fans`), for the ring's rim.
 */
export function countEdges(
  indices: Uint32Array,
  vertexCount: number,
  openEdges?: OpenEdges,
  unpairedVertices?: Uint8Array,
): EdgeCounts & { fans: EdgeFans } {
  const triangleCount = Math.floor(indices.length / 3);
  const shells = new ShellFinder(vertexCount);
  const starts = new Uint32Array(vertexCount + 1);
  const facesRepeatingAVertex = new GrowableUint32Array(16);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices[t * 3]!;
    const b = indices[t * 3 + 1]!;
    const c = indices[t * 3 + 2]!;
    if (a === b || b === c || a === c) {
      shells.joinFace(a, b, c);
      facesRepeatingAVertex.push(t * 3);
      continue;
    }
    starts[Math.min(a, b)]!++;
    starts[Math.min(b, c)]!++;
    starts[Math.min(c, a)]!++;
  }
  // Each vertex's end in `slots`; filling runs backwards from the last face so that every fan ends
  // up in the order of its faces, and each entry of `starts` moves down to its vertex's start.
  let total = 0;
  for (let v = 0; v < vertexCount; v++) {
    total += starts[v]!;
    starts[v] = total;
  }
  starts[vertexCount] = total;
  // Each slot holds (other vertex × 2 + 1 when the face runs from the higher vertex to the lower).
  // Fans larger than SMALL_FAN are sorted in place below.
  const slots = new Uint32Array(total);
  for (let t = triangleCount - 1; t >= 0; t--) {
    const a = indices[t * 3]!;
    const b = indices[t * 3 + 1]!;
    const c = indices[t * 3 + 2]!;
    if (a === b || b === c || a === c) continue;
    if (c < a) slots[--starts[c]!] = a * 2;
    else slots[--starts[a]!] = c * 2 + 1;
    if (b < c) slots[--starts[b]!] = c * 2;
    else slots[--starts[c]!] = b * 2 + 1;
    if (a < b) slots[--starts[a]!] = b * 2;
    else slots[--starts[b]!] = a * 2 + 1;
  }
  // tally[other] = faces using the edge × 2, its lowest bit the parity of the faces running from the
  // higher vertex to the lower: an edge of two faces wound opposite ways reads 5. Only fans of at
  // most SMALL_FAN slots use it, so a byte holds it; it is all zeros again after each vertex.
  const tally = new Uint8Array(vertexCount);
  const counts: EdgeCounts = {
    edges: 0,
    boundaryEdges: 0,
    nonManifoldEdges: 0,
    inconsistentEdges: 0,
    shells: 0,
  };
  const found: FoundEdges = { openEdges, unpairedVertices };
  for (let v = 0; v < vertexCount; v++) {
    const start = starts[v]!;
    const end = starts[v + 1]!;
    if (end === start) continue;
    shells.markUsed(v);
    if (end - start > SMALL_FAN) {
      countSortedFan(v, slots.subarray(start, end).sort(), counts, found, shells);
      continue;
    }
    let root = shells.find(v);
    for (let i = start; i < end; i++) {
      const slot = slots[i]!;
      const other = slot >>> 1;
      tally[other] = (tally[other]! + 2) ^ (slot & 1);
    }
    for (let i = start; i < end; i++) {
      const other = slots[i]! >>> 1;
      const seen = tally[other]!;
      if (seen === 0) continue;
      tally[other] = 0;
      counts.edges++;
      root = shells.joinToRoot(root, other);
      if (seen !== PAIRED) classifyEdge(v, other, seen >>> 1, (seen & 1) === 1, counts, found);
    }
  }
  counts.shells = shells.count();
  return { ...counts, fans: { starts, slots, facesRepeatingAVertex: facesRepeatingAVertex.toArray() } };
}

/** The tally of an edge used by two faces that run along it opposite ways. */
const PAIRED = 5;

function countSortedFan(
  vertex: number,
  sorted: Uint32Array,
  counts: EdgeCounts,
  found: FoundEdges,
  shells: ShellFinder,
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
    counts.edges++;
    shells.joinToRoot(shells.find(vertex), other);
    if (uses !== 2 || forward !== 1) classifyEdge(vertex, other, uses, forward === 1, counts, found);
  }
}

/** An edge not used by exactly two faces wound opposite ways. */
function classifyEdge(
  vertex: number,
  other: number,
  uses: number,
  oppositeWays: boolean,
  counts: EdgeCounts,
  found: FoundEdges,
): void {
  if (uses === 1) counts.boundaryEdges++;
  else if (uses > 2) counts.nonManifoldEdges++;
  else if (!oppositeWays) counts.inconsistentEdges++;
  else return;
  const { openEdges, unpairedVertices } = found;
  if (uses !== 2 && openEdges && openEdges.length < OPEN_EDGES_LISTED * 3)
    openEdges.push(vertex, other, uses);
  if (unpairedVertices) {
    unpairedVertices[vertex] = 1;
    unpairedVertices[other] = 1;
  }
}

/** Where the edges not shared by exactly two faces wound opposite ways are written, if anywhere. */
interface FoundEdges {
  openEdges: OpenEdges | undefined;
  unpairedVertices: Uint8Array | undefined;
}

/**
 * Union-find over the vertices (path halving, the larger root linked under the smaller), so each
 * piece's root is its lowest vertex. A piece is counted at its root when faces use the root: the
 * lowest vertex of a proper face has edges of its own, and the vertices of faces that repeat a
 * vertex are marked used here.
 */
class ShellFinder {
  private parent: Int32Array;
  private used: Uint8Array;

  constructor(vertexCount: number) {
    this.parent = new Int32Array(vertexCount);
    for (let v = 0; v < vertexCount; v++) this.parent[v] = v;
    this.used = new Uint8Array(vertexCount);
  }

  markUsed(vertex: number): void {
    this.used[vertex] = 1;
  }

  find(vertex: number): number {
    const parent = this.parent;
    let v = vertex;
    while (parent[v] !== v) {
      const grandparent = parent[parent[v]!]!;
      parent[v] = grandparent;
      v = grandparent;
    }
    return v;
  }

  /** Joins `vertex`'s piece to the piece whose root is `root`; gives the joined piece's root. */
  joinToRoot(root: number, vertex: number): number {
    // Mostly the vertex hangs right under the root already: one read, nothing written.
    if (this.parent[vertex] === root) return root;
    const other = this.find(vertex);
    if (other < root) {
      this.parent[root] = other;
      return other;
    }
    if (other > root) this.parent[other] = root;
    return root;
  }

  /** A face that repeats a vertex: no proper edge, but its vertices are used and joined. */
  joinFace(a: number, b: number, c: number): void {
    this.used[a] = 1;
    this.used[b] = 1;
    this.used[c] = 1;
    this.joinToRoot(this.joinToRoot(this.find(a), b), c);
  }

  count(): number {
    let shells = 0;
    for (let v = 0; v < this.parent.length; v++) if (this.used[v] && this.parent[v] === v) shells++;
    return shells;
  }
}
