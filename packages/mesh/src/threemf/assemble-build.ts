import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import type { MeshMessage } from '../mesh-messages';
import { type Affine, composeAffine, computeDeterminant } from './affine';
import { type ModelObject, type ModelPart, makeObjectKey, type ObjectReference } from './model-part';

const A_COMPONENT: MeshMessage = { key: 'mesh.place.component', params: {} };
const A_BUILD_ITEM: MeshMessage = { key: 'mesh.place.build-item', params: {} };

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
    throw new MeshError('EMPTY_MESH', { key: 'mesh.3mf.no-build-items', params: {} });
  }
  const lookup = (reference: ObjectReference, from: MeshMessage): ModelObject => {
    const object = parts.get(reference.partPath)?.objects.get(reference.objectId);
    if (!object) {
      throw new MeshError(
        'MALFORMED',
        reference.partPath === rootPath
          ? { key: 'mesh.3mf.object-undefined', params: { place: from, object: reference.objectId } }
          : {
              key: 'mesh.3mf.object-undefined-in-part',
              params: { place: from, object: reference.objectId, part: reference.partPath },
            },
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
      throw new MeshError('MALFORMED', {
        key: 'mesh.3mf.object-contains-itself',
        params: { object: reference.objectId },
      });
    if (depth > limits.maxComponentDepth) {
      throw new MeshError('TOO_LARGE', {
        key: 'mesh.3mf.components-too-deep',
        params: { max: limits.maxComponentDepth },
      });
    }
    const object = lookup(reference, A_COMPONENT);
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
    const { type } = lookup(item, A_BUILD_ITEM);
    if (type !== 'model') {
      throw new MeshError('PACKAGE_RULE', {
        key: 'mesh.3mf.item-not-model',
        params: { object: item.objectId, type: type.slice(0, 40) },
      });
    }
  }
  const total = { vertices: 0, triangles: 0 };
  for (const item of items) {
    const size = measure(item, 0, new Set());
    total.vertices += size.vertices;
    total.triangles += size.triangles;
  }
  if (total.triangles > limits.maxTriangles || total.vertices > limits.maxVertices) {
    throw new MeshError('TOO_LARGE', {
      key: 'mesh.3mf.placed-too-large',
      params: { triangles: total.triangles, max: limits.maxTriangles },
    });
  }
  if (total.triangles === 0) throw new MeshError('EMPTY_MESH', { key: 'mesh.3mf.no-triangles', params: {} });
  const mesh = {
    positions: new Float32Array(total.vertices * 3),
    indices: new Uint32Array(total.triangles * 3),
  };
  const cursor = { vertices: 0, triangles: 0 };
  const place = (object: ModelObject, transform: Affine): void => {
    placeMesh(object, transform, mesh, cursor);
    for (const component of object.components) {
      place(lookup(component, A_COMPONENT), composeAffine(component.transform, transform));
    }
  };
  for (const item of items) place(lookup(item, A_BUILD_ITEM), item.transform);
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
