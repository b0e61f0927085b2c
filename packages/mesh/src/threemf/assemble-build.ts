import { formatCount, MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import { type Affine, composeAffine, computeDeterminant } from './affine';
import { type ModelObject, type ModelPart, makeObjectKey, type ObjectReference } from './model-part';

interface Size {
  vertices: number;
  triangles: number;
}

/**
 * Places every build item's object (and, recursively, its components) with its transforms into one
 * mesh. The size is counted first, so that components repeated a thousand times a thousand times
 * are refused before any memory is taken; cycles and deep nesting are refused too.
 */
export function assembleBuild(
  parts: Map<string, ModelPart>,
  rootPath: string,
  limits: ParseLimits,
): IndexedMesh {
  const root = parts.get(rootPath);
  if (!root || root.items.length === 0) {
    throw new MeshError('EMPTY_MESH', 'The 3MF file has no build items, so it describes nothing to make.');
  }
  const lookup = (reference: ObjectReference, from: string): ModelObject => {
    const object = parts.get(reference.partPath)?.objects.get(reference.objectId);
    if (!object) {
      throw new MeshError(
        'MALFORMED',
        `The 3MF file is damaged: ${from} refers to object ${reference.objectId}${reference.partPath === rootPath ? '' : ` in "${reference.partPath}"`}, which it does not define.`,
      );
    }
    return object;
  };
  const sizes = new Map<string, Size>();
  const measure = (reference: ObjectReference, depth: number, visiting: Set<string>): Size => {
    const key = makeObjectKey(reference.partPath, reference.objectId);
    const known = sizes.get(key);
    if (known) return known;
    if (visiting.has(key))
      throw new MeshError(
        'MALFORMED',
        `The 3MF file is damaged: object ${reference.objectId} contains itself.`,
      );
    if (depth > limits.maxComponentDepth) {
      throw new MeshError(
        'TOO_LARGE',
        `The 3MF file nests components more than ${limits.maxComponentDepth} levels deep.`,
      );
    }
    const object = lookup(reference, 'a component');
    visiting.add(key);
    const size = { vertices: object.positions.length / 3, triangles: object.triangles.length / 3 };
    for (const component of object.components) {
      const child = measure(component, depth + 1, visiting);
      size.vertices += child.vertices;
      size.triangles += child.triangles;
    }
    visiting.delete(key);
    sizes.set(key, size);
    return size;
  };
  const items = root.items;
  for (const item of items) {
    const { type } = lookup(item, 'a build item');
    if (type !== 'model') {
      throw new MeshError(
        'PACKAGE_RULE',
        `This 3MF file breaks the 3MF rules: a build item refers to object ${item.objectId}, of type "${type.slice(0, 40)}"; build items may refer only to objects of type "model" (supports and other objects are never cast or priced).`,
      );
    }
  }
  const total = { vertices: 0, triangles: 0 };
  for (const item of items) {
    const size = measure(item, 0, new Set());
    total.vertices += size.vertices;
    total.triangles += size.triangles;
  }
  if (total.triangles > limits.maxTriangles || total.vertices > limits.maxVertices) {
    throw new MeshError(
      'TOO_LARGE',
      `Once its parts are placed, the 3MF has ${formatCount(total.triangles)} triangles; we accept at most ${formatCount(limits.maxTriangles)}.`,
    );
  }
  if (total.triangles === 0) throw new MeshError('EMPTY_MESH', 'The 3MF file contains no triangles.');
  const mesh = {
    positions: new Float32Array(total.vertices * 3),
    indices: new Uint32Array(total.triangles * 3),
  };
  const cursor = { vertices: 0, triangles: 0 };
  const place = (object: ModelObject, transform: Affine): void => {
    placeMesh(object, transform, mesh, cursor);
    for (const component of object.components) {
      place(lookup(component, 'a component'), composeAffine(component.transform, transform));
    }
  };
  for (const item of items) place(lookup(item, 'a build item'), item.transform);
  return mesh;
}

function placeMesh(object: ModelObject, m: Affine, mesh: IndexedMesh, cursor: Size): void {
  const source = object.positions;
  const base = cursor.vertices;
  for (let i = 0; i < source.length; i += 3) {
    const x = source[i]!;
    const y = source[i + 1]!;
    const z = source[i + 2]!;
    const at = (base + i / 3) * 3;
    mesh.positions[at] = x * m[0]! + y * m[3]! + z * m[6]! + m[9]!;
    mesh.positions[at + 1] = x * m[1]! + y * m[4]! + z * m[7]! + m[10]!;
    mesh.positions[at + 2] = x * m[2]! + y * m[5]! + z * m[8]! + m[11]!;
  }
  const mirrored = computeDeterminant(m) < 0;
  const triangles = object.triangles;
  for (let i = 0; i < triangles.length; i += 3) {
    const at = cursor.triangles * 3 + i;
    mesh.indices[at] = base + triangles[i]!;
    mesh.indices[at + 1] = base + triangles[mirrored ? i + 2 : i + 1]!;
    mesh.indices[at + 2] = base + triangles[mirrored ? i + 1 : i + 2]!;
  }
  cursor.vertices += source.length / 3;
  cursor.triangles += triangles.length / 3;
}
