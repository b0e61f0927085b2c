import type { PartMesh, Point3 } from './mesh-builder';

/** A rigid motion of every vertex; rotations keep the winding, so faces still point outwards. */
export function transformMesh(mesh: PartMesh, move: (point: Point3) => Point3): PartMesh {
  const positions = new Float32Array(mesh.positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const [x, y, z] = move([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]);
    positions[i] = x;
    positions[i + 1] = y;
    positions[i + 2] = z;
  }
  return { positions, indices: mesh.indices, engraved: mesh.engraved };
}

/** Several closed meshes as one (each stays its own shell). */
export function mergeMeshes(meshes: readonly PartMesh[]): PartMesh {
  const positions = new Float32Array(meshes.reduce((sum, mesh) => sum + mesh.positions.length, 0));
  const engraved = new Uint8Array(positions.length / 3);
  const indices = new Uint32Array(meshes.reduce((sum, mesh) => sum + mesh.indices.length, 0));
  let vertexAt = 0;
  let indexAt = 0;
  for (const mesh of meshes) {
    positions.set(mesh.positions, vertexAt);
    const firstVertex = vertexAt / 3;
    engraved.set(mesh.engraved, firstVertex);
    for (let i = 0; i < mesh.indices.length; i++) indices[indexAt + i] = mesh.indices[i]! + firstVertex;
    vertexAt += mesh.positions.length;
    indexAt += mesh.indices.length;
  }
  return { positions, indices, engraved };
}

/** Turns a piece built lying in the XY plane (top towards +Y) upright: +Y becomes +Z (Z is up). */
export function standUpright([x, y, z]: Point3): Point3 {
  return [x, -z, y];
}
