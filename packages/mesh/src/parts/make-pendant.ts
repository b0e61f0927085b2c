import type { EngravingBitmap } from './engraving-layout';
import { MeshBuilder, type PartMesh } from './mesh-builder';
import type { PendantOutline, Point2 } from './pendant-outline';
import { ReliefGrid } from './relief-grid';

export type PendantFace = 'front' | 'back';

export interface PendantEngraving {
  bitmap: EngravingBitmap;
  pitchMm: number;
  depthMm: number;
  face: PendantFace;
}

interface LoopVertex {
  id: number;
  point: Point2;
}

/**
 * A flat pendant: the outline extruded to `thicknessMm` (front face at +Z, back at −Z). Text is cut
 * into one face at the outline's centre, reading from that side; the pendant stays one closed surface.
 */
export function makePendantBody(
  outline: PendantOutline,
  thicknessMm: number,
  engraving?: PendantEngraving,
): PartMesh {
  const builder = new MeshBuilder();
  const half = thicknessMm / 2;
  const front = outline.points.map((p) => builder.addVertex([p[0], p[1], half]));
  const back = outline.points.map((p) => builder.addVertex([p[0], p[1], -half]));
  const count = outline.points.length;
  for (let k = 0; k < count; k++) {
    const next = (k + 1) % count;
    builder.addQuad(back[k]!, back[next]!, front[next]!, front[k]!);
  }
  for (const face of ['front', 'back'] as const) {
    const z = face === 'front' ? half : -half;
    const ring = outline.points.map((point, k) => ({ id: (face === 'front' ? front : back)[k]!, point }));
    if (engraving?.face === face) addEngravedFace(builder, outline, ring, z, engraving);
    else addPlainFace(builder, outline.centre, ring, z, face);
  }
  return builder.build();
}

/** A fan from the centre: every ray from it meets the outline once. */
function addPlainFace(
  builder: MeshBuilder,
  centre: Point2,
  ring: LoopVertex[],
  z: number,
  face: PendantFace,
): void {
  const hub = builder.addVertex([centre[0], centre[1], z]);
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k]!.id;
    const b = ring[(k + 1) % ring.length]!.id;
    if (face === 'front') builder.addTriangle(hub, a, b);
    else builder.addTriangle(hub, b, a);
  }
}

/** A pixel grid cut into the face at the centre, joined to the outline by a strip of triangles. */
function addEngravedFace(
  builder: MeshBuilder,
  outline: PendantOutline,
  ring: LoopVertex[],
  z: number,
  engraving: PendantEngraving,
): void {
  const { bitmap, pitchMm: pitch, depthMm, face } = engraving;
  const { columns, rows } = bitmap;
  const left = outline.centre[0] - (columns * pitch) / 2;
  const top = outline.centre[1] + (rows * pitch) / 2;
  const into = face === 'front' ? -depthMm : depthMm;
  const pointAt = (i: number, j: number): Point2 => [left + i * pitch, top - j * pitch];
  const grid = new ReliefGrid(builder, {
    cellsU: columns,
    cellsV: rows,
    periodicU: false,
    periodicV: false,
    surfacePoint: (i, j) => [...pointAt(i, j), z],
    cutPoint: (i, j) => [...pointAt(i, j), z + into],
    // Seen from the back, the text's first column is on the right.
    isCut: (u, v) => bitmap.cut[v * columns + (face === 'front' ? u : columns - 1 - u)] === 1,
    // Corners (i,j) → (i+1,j) → … run clockwise seen from +Z.
    flip: face === 'front',
  });
  grid.emit();
  const window: LoopVertex[] = [];
  const add = (i: number, j: number) => window.push({ id: grid.surfaceVertex(i, j), point: pointAt(i, j) });
  for (let i = 0; i < columns; i++) add(i, rows);
  for (let j = rows; j > 0; j--) add(columns, j);
  for (let i = columns; i > 0; i--) add(i, 0);
  for (let j = 0; j < rows; j++) add(0, j);
  addStrip(builder, outline.centre, window, ring, face);
}

/**
 * Triangles between an inner and an outer counter-clockwise loop, walking both by their angle
 * around a centre that sees every point of each (both loops are star-shaped around it).
 */
function addStrip(
  builder: MeshBuilder,
  centre: Point2,
  inner: LoopVertex[],
  outer: LoopVertex[],
  face: PendantFace,
): void {
  const innerAngles = unwrapAngles(centre, inner);
  const outerAngles = unwrapAngles(centre, outer);
  const triangle = (a: number, b: number, c: number) =>
    face === 'front' ? builder.addTriangle(a, b, c) : builder.addTriangle(a, c, b);
  let i = 0;
  let j = 0;
  const innerAt = (k: number) => inner[(innerAngles.start + k) % inner.length]!.id;
  const outerAt = (k: number) => outer[(outerAngles.start + k) % outer.length]!.id;
  while (i < inner.length || j < outer.length) {
    const advanceOuter =
      j < outer.length && (i === inner.length || outerAngles.angles[j + 1]! <= innerAngles.angles[i + 1]!);
    if (advanceOuter) {
      triangle(innerAt(i), outerAt(j), outerAt(j + 1));
      j++;
    } else {
      triangle(innerAt(i), outerAt(j), innerAt(i + 1));
      i++;
    }
  }
}

/**
 * Angles of a loop's points around the centre, starting from the point nearest −π and increasing,
 * with the first point repeated 2π later at the end.
 */
function unwrapAngles(centre: Point2, loop: LoopVertex[]): { start: number; angles: number[] } {
  const raw = loop.map(({ point }) => Math.atan2(point[1] - centre[1], point[0] - centre[0]));
  let start = 0;
  for (let k = 1; k < raw.length; k++) if (raw[k]! < raw[start]!) start = k;
  const angles: number[] = [];
  let previous = -Infinity;
  for (let k = 0; k <= loop.length; k++) {
    let angle = raw[(start + k) % loop.length]!;
    while (angle < previous) angle += 2 * Math.PI;
    angles.push(angle);
    previous = angle;
  }
  return { start, angles };
}
