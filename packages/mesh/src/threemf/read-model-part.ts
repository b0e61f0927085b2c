import type { SaxesTagPlain } from 'saxes';
import { MeshError } from '../errors';
import { GrowableFloat32Array, GrowableUint32Array } from '../geometry/growable-array';
import type { ParseLimits } from '../limits';
import type { MeshMessage } from '../mesh-messages';
import { MM_PER_UNIT, parseLengthUnit } from '../units';
import { createXmlReader } from '../xml/create-xml-reader';
import { parseAffine } from './affine';
import type { ModelObject, ModelPart, ObjectReference } from './model-part';
import { readCoordinateAttribute, readIndexAttribute, readPrefixedAttribute } from './read-attributes';

/** Running totals over every part of one package, so that the limits hold for the whole file. */
export interface PartTotals {
  vertices: number;
  triangles: number;
  /** Objects, components and build items. */
  objects: number;
}

interface ObjectDraft {
  id: number;
  type: string;
  vertices: GrowableFloat32Array;
  triangles: GrowableUint32Array;
  components: ObjectReference[];
}

/**
 * Reads one 3MF model XML as it streams in: `<model unit>`, `<object>` with a `<mesh>` of
 * vertices and triangles or `<components>`, and `<build><item>`. Vertices and translations are
 * converted to millimetres here. Everything else (materials, metadata, extensions) is skipped.
 */
export function createModelPartReader(path: string, totals: PartTotals, limits: ParseLimits) {
  const part: ModelPart = { path, objects: new Map(), items: [] };
  let mmPerUnit = 1;
  let draft: ObjectDraft | undefined;
  let inBuild = false;

  const object = () => draft?.id ?? '?';
  const describeVertex = (): MeshMessage => ({
    key: 'mesh.place.3mf-vertex',
    params: { vertex: (draft?.vertices.length ?? 0) / 3 + 1, object: object(), part: path },
  });
  const describeTriangle = (): MeshMessage => ({
    key: 'mesh.place.3mf-triangle',
    params: { triangle: (draft?.triangles.length ?? 0) / 3 + 1, object: object(), part: path },
  });
  const describeComponent = (): MeshMessage => ({
    key: 'mesh.place.3mf-component',
    params: { object: object(), part: path },
  });
  const describeObject = (): MeshMessage => ({ key: 'mesh.place.3mf-object', params: { part: path } });
  const describeItem = (): MeshMessage => ({ key: 'mesh.place.3mf-item', params: { part: path } });

  const countObject = (): void => {
    if (++totals.objects > limits.maxObjects)
      throw makeTooManyError('mesh.3mf.too-many-objects', limits.maxObjects);
  };

  const readReference = (attributes: Record<string, string>, where: () => MeshMessage): ObjectReference => {
    countObject();
    return {
      partPath: normalisePartPath(readPrefixedAttribute(attributes, 'path') ?? path),
      objectId: readIndexAttribute(attributes.objectid, 'objectid', where),
      transform: parseAffine(attributes.transform, mmPerUnit, where),
    };
  };

  const onOpen = (tag: SaxesTagPlain): void => {
    const attributes = tag.attributes;
    switch (tag.name) {
      case 'model':
        mmPerUnit = MM_PER_UNIT[parseLengthUnit(attributes.unit ?? 'millimeter')];
        break;
      case 'object':
        countObject();
        draft = {
          id: readIndexAttribute(attributes.id, 'id', describeObject),
          type: attributes.type ?? 'model',
          vertices: new GrowableFloat32Array(0),
          triangles: new GrowableUint32Array(0),
          components: [],
        };
        break;
      case 'vertex': {
        if (!draft) break;
        draft.vertices.push3(
          readCoordinateAttribute(attributes.x, 'x', describeVertex) * mmPerUnit,
          readCoordinateAttribute(attributes.y, 'y', describeVertex) * mmPerUnit,
          readCoordinateAttribute(attributes.z, 'z', describeVertex) * mmPerUnit,
        );
        if (++totals.vertices > limits.maxVertices)
          throw makeTooManyError('mesh.3mf.too-many-vertices', limits.maxVertices);
        break;
      }
      case 'triangle': {
        if (!draft) break;
        draft.triangles.push3(
          readIndexAttribute(attributes.v1, 'v1', describeTriangle),
          readIndexAttribute(attributes.v2, 'v2', describeTriangle),
          readIndexAttribute(attributes.v3, 'v3', describeTriangle),
        );
        if (++totals.triangles > limits.maxTriangles)
          throw makeTooManyError('mesh.3mf.too-many-triangles', limits.maxTriangles);
        break;
      }
      case 'component':
        if (draft) draft.components.push(readReference(attributes, describeComponent));
        break;
      case 'build':
        inBuild = true;
        break;
      case 'item':
        if (inBuild) part.items.push(readReference(attributes, describeItem));
        break;
    }
  };

  const onClose = (tag: SaxesTagPlain): void => {
    if (tag.name === 'build') inBuild = false;
    if (tag.name !== 'object' || !draft) return;
    part.objects.set(draft.id, finishObject(draft, part, path));
    draft = undefined;
  };

  const reader = createXmlReader(path, { onOpen, onClose });
  return {
    writeBytes: (chunk: Uint8Array) => reader.writeBytes(chunk),
    finish(): ModelPart {
      reader.close();
      return part;
    },
  };
}

function finishObject(draft: ObjectDraft, part: ModelPart, path: string): ModelObject {
  if (part.objects.has(draft.id)) {
    throw new MeshError('MALFORMED', {
      key: 'mesh.3mf.object-twice',
      params: { part: path, object: draft.id },
    });
  }
  const vertexCount = draft.vertices.length / 3;
  const triangles = draft.triangles.toArray();
  for (let i = 0; i < triangles.length; i++) {
    if (triangles[i]! >= vertexCount) {
      throw new MeshError('BAD_INDEX', {
        key: 'mesh.3mf.triangle-vertex-missing',
        params: {
          triangle: Math.floor(i / 3) + 1,
          object: draft.id,
          vertex: triangles[i]!,
          vertices: vertexCount,
        },
      });
    }
  }
  return {
    id: draft.id,
    type: draft.type,
    positions: draft.vertices.toArray(),
    triangles,
    components: draft.components,
  };
}

/** Part names are URIs ("/3D/3dmodel.model"); ZIP entry names have no leading slash. */
export function normalisePartPath(uri: string): string {
  let path = uri.trim().replace(/^\/+/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // Not percent-encoded after all; keep it as written.
  }
  return path;
}

function makeTooManyError(
  key: 'mesh.3mf.too-many-objects' | 'mesh.3mf.too-many-vertices' | 'mesh.3mf.too-many-triangles',
  limit: number,
): MeshError {
  return new MeshError('TOO_LARGE', { key, params: { max: limit } });
}
