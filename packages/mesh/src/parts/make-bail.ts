import { areaPreservingScale } from './facets';
import { MeshBuilder, type PartMesh } from './mesh-builder';
import type { Point2 } from './pendant-outline';

export interface BailSpec {
  /** The opening the chain passes through. */
  innerDiameterMm: number;
  /** Thickness of the loop's wire. */
  wireMm: number;
}

const AROUND_SEGMENTS = 72;
const TUBE_SEGMENTS = 20;
/** How far the loop sinks into the pendant's top edge, as a share of the wire's radius. */
export const BAIL_SINK_SHARE = 0.6;

/**
 * The loop a chain passes through: a torus standing on the pendant's top edge, its opening facing
 * sideways (axis along X) so the pendant hangs facing forward. Its foot sinks into the edge so the
 * two fuse when cast.
 */
export function makeBail(spec: BailSpec, top: Point2): PartMesh {
  const tube = spec.wireMm / 2;
  const around = spec.innerDiameterMm / 2 + tube;
  const centreY = top[1] - BAIL_SINK_SHARE * tube + tube + around;
  return makeTorusSolid(around, tube, ([x, y, z]) => [z + top[0], y + centreY, -x]);
}

/**
 * A torus of the given radii around the Z axis, its tube faceted so that the cross-section keeps the
 * round tube's area; `place` moves each vertex (a rotation and a shift keep the winding).
 */
export function makeTorusSolid(
  aroundRadius: number,
  tubeRadius: number,
  place: (point: readonly [number, number, number]) => readonly [number, number, number] = (p) => p,
): PartMesh {
  const builder = new MeshBuilder();
  const tube = tubeRadius * areaPreservingScale(TUBE_SEGMENTS);
  for (let i = 0; i < AROUND_SEGMENTS; i++) {
    const u = (2 * Math.PI * i) / AROUND_SEGMENTS;
    for (let j = 0; j < TUBE_SEGMENTS; j++) {
      const v = (2 * Math.PI * j) / TUBE_SEGMENTS;
      const ring = aroundRadius + tube * Math.cos(v);
      builder.addVertex(place([ring * Math.cos(u), ring * Math.sin(u), tube * Math.sin(v)]));
    }
  }
  for (let i = 0; i < AROUND_SEGMENTS; i++) {
    const nextI = (i + 1) % AROUND_SEGMENTS;
    for (let j = 0; j < TUBE_SEGMENTS; j++) {
      const nextJ = (j + 1) % TUBE_SEGMENTS;
      builder.addQuad(
        i * TUBE_SEGMENTS + j,
        nextI * TUBE_SEGMENTS + j,
        nextI * TUBE_SEGMENTS + nextJ,
        i * TUBE_SEGMENTS + nextJ,
      );
    }
  }
  return builder.build();
}
