import type { IndexedMesh } from './mesh';

type Point = readonly [number, number, number];

/** A closed box from (0,0,0) to (w,h,d), faces wound outwards: 8 vertices, 12 triangles. */
export function makeBox(width: number, height: number, depth: number): IndexedMesh {
  const positions = new Float32Array(24);
  for (let corner = 0; corner < 8; corner++) {
    positions[corner * 3] = corner & 1 ? width : 0;
    positions[corner * 3 + 1] = corner & 2 ? height : 0;
    positions[corner * 3 + 2] = corner & 4 ? depth : 0;
  }
  // Corner index bits: 1 = +x, 2 = +y, 4 = +z. Two triangles per face.
  // biome-ignore format: one face per line
  const indices = Uint32Array.of(
    0, 2, 1, 1, 2, 3, // z = 0
    4, 5, 6, 5, 7, 6, // z = d
    0, 1, 4, 1, 5, 4, // y = 0
    2, 6, 3, 3, 6, 7, // y = h
    0, 4, 2, 2, 4, 6, // x = 0
    1, 3, 5, 3, 7, 5, // x = w
  );
  return { positions, indices };
}

/** A tetrahedron on four points, wound outwards whatever order they are given in. */
export function makeTetrahedron(
  a: Point = [0, 0, 0],
  b: Point = [10, 0, 0],
  c: Point = [0, 10, 0],
  d: Point = [0, 0, 10],
): IndexedMesh {
  const positions = Float32Array.from([...a, ...b, ...c, ...d]);
  const faces = [0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2];
  if (computeSignedVolume(a, b, c, d) < 0) {
    for (let i = 0; i < faces.length; i += 3) [faces[i + 1], faces[i + 2]] = [faces[i + 2]!, faces[i + 1]!];
  }
  return { positions, indices: Uint32Array.from(faces) };
}

/** Signed volume of the tetrahedron a, b, c, d: positive when d is on the side b − a × c − a points to. */
export function computeSignedVolume(a: Point, b: Point, c: Point, d: Point): number {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]] as const;
  const w = [d[0] - a[0], d[1] - a[1], d[2] - a[2]] as const;
  return (
    (u[0] * (v[1] * w[2] - v[2] * w[1]) -
      u[1] * (v[0] * w[2] - v[2] * w[0]) +
      u[2] * (v[0] * w[1] - v[1] * w[0])) /
    6
  );
}

/** A closed UV sphere of about `targetTriangles` triangles (poles are single vertices). */
export function makeUvSphere(targetTriangles: number, radius = 10): IndexedMesh {
  // Triangles = 2·slices·(stacks − 1) with slices = 2·stacks.
  const stacks = Math.max(3, Math.round(Math.sqrt(targetTriangles / 4)));
  const slices = stacks * 2;
  const ringVertices = (stacks - 1) * slices;
  const positions = new Float32Array((ringVertices + 2) * 3);
  for (let ring = 1; ring < stacks; ring++) {
    const polar = (Math.PI * ring) / stacks;
    for (let s = 0; s < slices; s++) {
      const azimuth = (2 * Math.PI * s) / slices;
      const at = ((ring - 1) * slices + s) * 3;
      positions[at] = radius * Math.sin(polar) * Math.cos(azimuth);
      positions[at + 1] = radius * Math.sin(polar) * Math.sin(azimuth);
      positions[at + 2] = radius * Math.cos(polar);
    }
  }
  const north = ringVertices;
  const south = ringVertices + 1;
  positions[north * 3 + 2] = radius;
  positions[south * 3 + 2] = -radius;
  const indices: number[] = [];
  const vertex = (ring: number, s: number) => (ring - 1) * slices + (s % slices);
  for (let s = 0; s < slices; s++) {
    indices.push(north, vertex(1, s), vertex(1, s + 1));
    indices.push(south, vertex(stacks - 1, s + 1), vertex(stacks - 1, s));
    for (let ring = 1; ring < stacks - 1; ring++) {
      const a = vertex(ring, s);
      const b = vertex(ring, s + 1);
      const c = vertex(ring + 1, s);
      const d = vertex(ring + 1, s + 1);
      indices.push(a, c, b, b, c, d);
    }
  }
  return { positions, indices: Uint32Array.from(indices) };
}

/**
 * A closed ring-shaped torus of about `targetTriangles` triangles, centred on the origin in the
 * XY plane: 2·major·minor triangles. The default size is a finger ring (17 mm inner diameter).
 */
export function makeTorus(targetTriangles: number, majorRadius = 9.75, minorRadius = 1.25): IndexedMesh {
  const minorSegments = Math.max(3, Math.round(Math.sqrt(targetTriangles / 2 / 8)));
  const majorSegments = Math.max(3, Math.round(targetTriangles / 2 / minorSegments));
  const positions = new Float32Array(majorSegments * minorSegments * 3);
  for (let i = 0; i < majorSegments; i++) {
    const u = (2 * Math.PI * i) / majorSegments;
    for (let j = 0; j < minorSegments; j++) {
      const v = (2 * Math.PI * j) / minorSegments;
      const at = (i * minorSegments + j) * 3;
      const ring = majorRadius + minorRadius * Math.cos(v);
      positions[at] = ring * Math.cos(u);
      positions[at + 1] = ring * Math.sin(u);
      positions[at + 2] = minorRadius * Math.sin(v);
    }
  }
  const indices = new Uint32Array(majorSegments * minorSegments * 6);
  let k = 0;
  for (let i = 0; i < majorSegments; i++) {
    const nextI = (i + 1) % majorSegments;
    for (let j = 0; j < minorSegments; j++) {
      const nextJ = (j + 1) % minorSegments;
      const a = i * minorSegments + j;
      const b = nextI * minorSegments + j;
      const c = nextI * minorSegments + nextJ;
      const d = i * minorSegments + nextJ;
      indices.set([a, b, d, b, c, d], k);
      k += 6;
    }
  }
  return { positions, indices };
}

/** Copies of a mesh side by side along X (for multi-shell fixtures). */
export function placeSideBySide(meshes: readonly IndexedMesh[], gap = 5): IndexedMesh {
  const vertexTotal = meshes.reduce((sum, mesh) => sum + mesh.positions.length, 0);
  const indexTotal = meshes.reduce((sum, mesh) => sum + mesh.indices.length, 0);
  const positions = new Float32Array(vertexTotal);
  const indices = new Uint32Array(indexTotal);
  let vertexAt = 0;
  let indexAt = 0;
  let offsetX = 0;
  for (const mesh of meshes) {
    let maxX = -Infinity;
    let minX = Infinity;
    for (let i = 0; i < mesh.positions.length; i += 3) {
      maxX = Math.max(maxX, mesh.positions[i]!);
      minX = Math.min(minX, mesh.positions[i]!);
    }
    for (let i = 0; i < mesh.positions.length; i += 3) {
      positions[vertexAt + i] = mesh.positions[i]! - minX + offsetX;
      positions[vertexAt + i + 1] = mesh.positions[i + 1]!;
      positions[vertexAt + i + 2] = mesh.positions[i + 2]!;
    }
    for (let i = 0; i < mesh.indices.length; i++) indices[indexAt + i] = mesh.indices[i]! + vertexAt / 3;
    vertexAt += mesh.positions.length;
    indexAt += mesh.indices.length;
    offsetX += maxX - minX + gap;
  }
  return { positions, indices };
}

export interface TubeShape {
  innerRadius: number;
  /** The outer radius at each angle around the axis (radians from +X): a constant, or a dent. */
  outerRadiusAt: (angle: number) => number;
  height: number;
  /** Segments around the axis and rows along it. */
  around: number;
  along: number;
}

/**
 * A closed band around the Z axis (a ring's shank with a rectangular section): outer and inner
 * walls, flat top and bottom, wound outwards. With a constant outer radius its wall is known.
 */
export function makeTube(shape: TubeShape): IndexedMesh {
  const { innerRadius, outerRadiusAt, height, around, along } = shape;
  const ringSize = around;
  const rows = along + 1;
  const positions = new Float32Array(2 * rows * ringSize * 3);
  const outerAt = (row: number, k: number) => row * ringSize + (k % ringSize);
  const innerAt = (row: number, k: number) => rows * ringSize + row * ringSize + (k % ringSize);
  for (let row = 0; row < rows; row++) {
    const z = (height * row) / along;
    for (let k = 0; k < ringSize; k++) {
      const angle = (2 * Math.PI * k) / ringSize;
      const outer = outerRadiusAt(angle);
      positions.set([outer * Math.cos(angle), outer * Math.sin(angle), z], outerAt(row, k) * 3);
      positions.set([innerRadius * Math.cos(angle), innerRadius * Math.sin(angle), z], innerAt(row, k) * 3);
    }
  }
  const indices: number[] = [];
  for (let k = 0; k < ringSize; k++) {
    for (let row = 0; row < along; row++) {
      const [a, b, c, d] = [
        outerAt(row, k),
        outerAt(row, k + 1),
        outerAt(row + 1, k + 1),
        outerAt(row + 1, k),
      ];
      indices.push(a, b, c, a, c, d);
      const [e, f, g, h] = [
        innerAt(row, k),
        innerAt(row, k + 1),
        innerAt(row + 1, k + 1),
        innerAt(row + 1, k),
      ];
      indices.push(e, g, f, e, h, g);
    }
    const [bottomOuter, bottomOuterNext] = [outerAt(0, k), outerAt(0, k + 1)];
    const [bottomInner, bottomInnerNext] = [innerAt(0, k), innerAt(0, k + 1)];
    indices.push(bottomOuter, bottomInner, bottomInnerNext, bottomOuter, bottomInnerNext, bottomOuterNext);
    const [topOuter, topOuterNext] = [outerAt(along, k), outerAt(along, k + 1)];
    const [topInner, topInnerNext] = [innerAt(along, k), innerAt(along, k + 1)];
    indices.push(topOuter, topOuterNext, topInnerNext, topOuter, topInnerNext, topInner);
  }
  return { positions, indices: Uint32Array.from(indices) };
}
