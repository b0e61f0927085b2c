import type { IndexedMesh } from '@facet/mesh/mesh';
import { BufferAttribute, BufferGeometry } from 'three';
import { toCreasedNormals } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** Edges sharper than this stay sharp; gentler curves are shaded smooth. */
const CREASE_ANGLE = (35 * Math.PI) / 180;
/** How dark the bottom of engraved letters is drawn, as a jeweller darkens an engraving to make it read. */
const ENGRAVED_SHADE = 0.3;

/**
 * An in-memory mesh (millimetres, Z up, as @facet/mesh makes it) as three.js geometry: smooth where
 * the surface curves, crisp at the edges of flat faces and engraved letters. Vertices marked
 * `engraved` get a darker vertex colour (for a material with `vertexColors`).
 */
export function geometryOfMesh(
  mesh: IndexedMesh & { engraved?: Uint8Array },
  { faceted = false }: { faceted?: boolean } = {},
): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(mesh.indices, 1));
  const colours = new Float32Array(mesh.positions.length).fill(1);
  mesh.engraved?.forEach((flag, vertex) => {
    if (flag) colours.fill(ENGRAVED_SHADE, vertex * 3, vertex * 3 + 3);
  });
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  if (faceted) {
    const flat = geometry.toNonIndexed();
    geometry.dispose();
    flat.computeVertexNormals();
    return flat;
  }
  const creased = toCreasedNormals(geometry, CREASE_ANGLE);
  geometry.dispose();
  return creased;
}
