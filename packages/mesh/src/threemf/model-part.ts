import type { Affine } from './affine';

/** A reference from a build item or a component to an object, possibly in another model part. */
export interface ObjectReference {
  partPath: string;
  objectId: number;
  transform: Affine;
}

/** A 3MF object: either a mesh (positions already in mm) or a list of components. */
export interface ModelObject {
  id: number;
  type: string;
  positions: Float32Array;
  triangles: Uint32Array;
  components: ObjectReference[];
}

/** What one `.model` XML file of the package holds. */
export interface ModelPart {
  path: string;
  objects: Map<number, ModelObject>;
  items: ObjectReference[];
}

export function makeObjectKey(partPath: string, objectId: number): string {
  return `${partPath}#${objectId}`;
}
