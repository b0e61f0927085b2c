import type { MeshBuilder, Point3 } from './mesh-builder';

export interface ReliefGridSpec {
  /** Cells along u and along v. */
  cellsU: number;
  cellsV: number;
  /** A periodic direction wraps around (a band's circumference, a closed profile). */
  periodicU: boolean;
  periodicV: boolean;
  /** Grid vertex (i, j) on the surface, and the same vertex cut into the metal. */
  surfacePoint: (i: number, j: number) => Point3;
  cutPoint: (i: number, j: number) => Point3;
  /** Whether cell (u, v) is cut into the surface. No two cut cells may touch only at a corner. */
  isCut: (u: number, v: number) => boolean;
  /** Set when corners (i,j) → (i+1,j) → (i+1,j+1) → (i,j+1) run clockwise seen from outside. */
  flip?: boolean;
}

/**
 * A quad grid on a surface with some cells cut into the metal: each cut cell is lowered to its cut
 * corners and walled off from its uncut neighbours, so the surface stays one closed, consistently
 * wound sheet (every edge shared by exactly two faces). Vertices are made only where used.
 */
export class ReliefGrid {
  private readonly surfaceIds = new Map<number, number>();
  private readonly cutIds = new Map<number, number>();

  constructor(
    private readonly builder: MeshBuilder,
    private readonly spec: ReliefGridSpec,
  ) {
    assertNoCornerContacts(spec);
  }

  /** The id of surface vertex (i, j), for stitching the grid's border to the faces around it. */
  surfaceVertex(i: number, j: number): number {
    return this.vertex(i, j, false);
  }

  emit(): void {
    const { cellsU, cellsV, isCut, flip } = this.spec;
    for (let u = 0; u < cellsU; u++) {
      for (let v = 0; v < cellsV; v++) {
        const cut = isCut(u, v);
        const corners: Array<[number, number]> = [
          [u, v],
          [u + 1, v],
          [u + 1, v + 1],
          [u, v + 1],
        ];
        // The cell across each edge, in the same order as the edges corners[k] → corners[k + 1].
        const across: Array<[number, number]> = [
          [u, v - 1],
          [u + 1, v],
          [u, v + 1],
          [u - 1, v],
        ];
        const order = flip ? [0, 3, 2, 1] : [0, 1, 2, 3];
        const ids = order.map((k) => this.vertex(corners[k]![0], corners[k]![1], cut));
        this.builder.addQuad(ids[0]!, ids[1]!, ids[2]!, ids[3]!);
        if (cut) continue;
        for (let k = 0; k < 4; k++) {
          const a = order[k]!;
          const b = order[(k + 1) % 4]!;
          const from = corners[a]!;
          const to = corners[b]!;
          const neighbour = across[Math.abs(a - b) === 3 ? 3 : Math.min(a, b)]!;
          if (!this.cellIsCut(neighbour[0], neighbour[1])) continue;
          // Edge from → to as this uncut cell runs it; the wall runs it backwards, then down and along.
          const p0 = this.vertex(from[0], from[1], false);
          const q0 = this.vertex(to[0], to[1], false);
          const p1 = this.vertex(from[0], from[1], true);
          const q1 = this.vertex(to[0], to[1], true);
          this.builder.addQuad(q0, p0, p1, q1);
        }
      }
    }
  }

  private cellIsCut(u: number, v: number): boolean {
    const { cellsU, cellsV, periodicU, periodicV, isCut } = this.spec;
    const wrappedU = periodicU ? (u + cellsU) % cellsU : u;
    const wrappedV = periodicV ? (v + cellsV) % cellsV : v;
    if (wrappedU < 0 || wrappedU >= cellsU || wrappedV < 0 || wrappedV >= cellsV) return false;
    return isCut(wrappedU, wrappedV);
  }

  private vertex(i: number, j: number, cut: boolean): number {
    const { cellsU, cellsV, periodicU, periodicV } = this.spec;
    const wrappedI = periodicU ? i % cellsU : i;
    const wrappedJ = periodicV ? j % cellsV : j;
    const key = wrappedI * (cellsV + 1) + wrappedJ;
    const ids = cut ? this.cutIds : this.surfaceIds;
    let id = ids.get(key);
    if (id === undefined) {
      const point = cut ? this.spec.cutPoint(wrappedI, wrappedJ) : this.spec.surfacePoint(wrappedI, wrappedJ);
      id = this.builder.addVertex(point, cut);
      ids.set(key, id);
    }
    return id;
  }
}

function assertNoCornerContacts(spec: ReliefGridSpec): void {
  const { cellsU, cellsV, periodicU, periodicV, isCut } = spec;
  const cut = (u: number, v: number) => {
    const wu = periodicU ? (u + cellsU) % cellsU : u;
    const wv = periodicV ? (v + cellsV) % cellsV : v;
    return wu >= 0 && wu < cellsU && wv >= 0 && wv < cellsV && isCut(wu, wv);
  };
  for (let u = 0; u < cellsU; u++) {
    for (let v = 0; v < cellsV; v++) {
      const a = cut(u, v);
      const b = cut(u + 1, v);
      const c = cut(u, v + 1);
      const d = cut(u + 1, v + 1);
      if (a === d && b === c && a !== b) {
        throw new Error(`Cut cells (${u}, ${v}) and their diagonal neighbours touch only at a corner.`);
      }
    }
  }
}
