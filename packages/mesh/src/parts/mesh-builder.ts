import type { IndexedMesh } from '../mesh';

export type Point3 = readonly [number, number, number];

/** A generated part: a closed mesh, and which vertices lie at the bottom of an engraving (1) or not (0). */
export interface PartMesh extends IndexedMesh {
  engraved: Uint8Array;
}

/** Collects vertices and triangles of a mesh being generated, then hands out an IndexedMesh. */
export class MeshBuilder {
  private readonly positions: number[] = [];
  private readonly indices: number[] = [];
  private readonly engraved: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  addVertex(point: Point3, engraved = false): number {
    this.positions.push(point[0], point[1], point[2]);
    this.engraved.push(engraved ? 1 : 0);
    return this.positions.length / 3 - 1;
  }

  addTriangle(a: number, b: number, c: number): void {
    this.indices.push(a, b, c);
  }

  /** Two triangles a-b-c and a-c-d: a quad whose corners run the way its face should point. */
  addQuad(a: number, b: number, c: number, d: number): void {
    this.indices.push(a, b, c, a, c, d);
  }

  build(): PartMesh {
    return {
      positions: Float32Array.from(this.positions),
      indices: Uint32Array.from(this.indices),
      engraved: Uint8Array.from(this.engraved),
    };
  }
}
