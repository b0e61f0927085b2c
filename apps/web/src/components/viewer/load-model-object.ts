import { type BufferGeometry, Group, Mesh, type Object3D } from 'three';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { ThreeMFLoader } from 'three/examples/jsm/loaders/3MFLoader.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export type ViewerSource = { kind: 'file'; file: File } | { kind: 'glb'; url: string };

/** Reads a model into three.js objects in the browser: the shopper sees it before the upload ends. */
export async function loadModelObject(source: ViewerSource): Promise<Object3D> {
  if (source.kind === 'glb') {
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const gltf = await loader.loadAsync(source.url);
    return gltf.scene;
  }
  const buffer = await source.file.arrayBuffer();
  const name = source.file.name.toLowerCase();
  if (name.endsWith('.obj')) return new OBJLoader().parse(new TextDecoder().decode(buffer));
  if (name.endsWith('.3mf')) return new ThreeMFLoader().parse(buffer);
  // STL repeats each corner per triangle; shared corners give smooth shading.
  const geometry = new STLLoader().parse(buffer);
  geometry.deleteAttribute('normal');
  return meshOf(mergeVertices(geometry));
}

function meshOf(geometry: BufferGeometry): Group {
  const group = new Group();
  group.add(new Mesh(geometry));
  return group;
}
