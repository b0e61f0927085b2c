import { areaPreservingScale } from './facets';
import { MeshBuilder, type PartMesh, type Point3 } from './mesh-builder';

/**
 * One ring of a solid of revolution around the Y axis: an ellipse with semi-axes a (along X) and
 * b (along Z) at a height, or at heights that follow a surface below it (the saddle of a band).
 * a = b = 0 is a pole: allowed as the first or last ring of an open profile.
 */
export interface Ring {
  a: number;
  b: number;
  height: number | ((x: number, z: number) => number);
}

/**
 * A closed solid of revolution (elliptical, so ovals work too) through the rings in order: from the
 * bottom outwards, up and back in, so that faces point outwards. An open profile ends in two poles;
 * a closed one (`closed: true`) joins its last ring to its first (a torus-like solid). The polygon
 * corners sit a little outside each ellipse so that every ring keeps the ellipse's area.
 */
export function revolveRings(
  rings: readonly Ring[],
  segments: number,
  closed = false,
  { preserveArea = true }: { preserveArea?: boolean } = {},
): PartMesh {
  const builder = new MeshBuilder();
  const scale = preserveArea ? areaPreservingScale(segments) : 1;
  const ids = rings.map((ring) => {
    if (ring.a === 0 && ring.b === 0) {
      const y = typeof ring.height === 'number' ? ring.height : ring.height(0, 0);
      return [builder.addVertex([0, y, 0])];
    }
    return Array.from({ length: segments }, (_, i) => {
      const angle = (2 * Math.PI * i) / segments;
      const x = ring.a * scale * Math.cos(angle);
      const z = ring.b * scale * Math.sin(angle);
      const y = typeof ring.height === 'number' ? ring.height : ring.height(x, z);
      return builder.addVertex([x, y, z] satisfies Point3);
    });
  });
  const ringCount = closed ? rings.length : rings.length - 1;
  for (let k = 0; k < ringCount; k++) {
    const lower = ids[k]!;
    const upper = ids[(k + 1) % rings.length]!;
    for (let i = 0; i < segments; i++) {
      const next = (i + 1) % segments;
      if (lower.length === 1) builder.addTriangle(lower[0]!, upper[i]!, upper[next]!);
      else if (upper.length === 1) builder.addTriangle(lower[i]!, upper[0]!, lower[next]!);
      else builder.addQuad(lower[i]!, upper[i]!, upper[next]!, lower[next]!);
    }
  }
  return builder.build();
}
