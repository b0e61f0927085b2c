import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { IndexedMesh } from '../mesh';

/** Yellow gold as a glTF metallic material (linear base colour). */
const GOLD_BASE_COLOR: [number, number, number, number] = [1.0, 0.766, 0.336, 1];

/** The custom vertex attribute holding the wall thickness in mm (three.js reads it as `_thickness`). */
export const THICKNESS_ATTRIBUTE = '_THICKNESS';
/** Written where the wall is unknown: glTF allows no NaN in an accessor. */
export const THICKNESS_UNKNOWN = -1;

/**
 * Writes a compact GLB: one mesh without normals (the viewer computes them; glTF-Transform's
 * `normals()` would unweld it), reordered for compression, quantized, and packed with
 * EXT_meshopt_compression. Units stay millimetres; the viewer scales to taste. With
 * `thicknessMm`, each vertex carries its wall thickness as `_THICKNESS` (float, not quantized:
 * a thickness map needs its hundredths of a millimetre).
 */
export async function writePreviewGlb(mesh: IndexedMesh, thicknessMm?: Float32Array): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const document = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = document.createBuffer();
  const position = document
    .createAccessor('POSITION')
    .setType('VEC3')
    .setArray(mesh.positions)
    .setBuffer(buffer);
  const indices = document
    .createAccessor('indices')
    .setType('SCALAR')
    .setArray(mesh.indices)
    .setBuffer(buffer);
  const material = document
    .createMaterial('metal')
    .setBaseColorFactor(GOLD_BASE_COLOR)
    .setMetallicFactor(1)
    .setRoughnessFactor(0.3);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', position)
    .setIndices(indices)
    .setMaterial(material);
  if (thicknessMm) {
    const values = Float32Array.from(thicknessMm, (value) =>
      Number.isNaN(value) ? THICKNESS_UNKNOWN : value,
    );
    const thickness = document.createAccessor(THICKNESS_ATTRIBUTE).setType('SCALAR').setArray(values);
    primitive.setAttribute(THICKNESS_ATTRIBUTE, thickness.setBuffer(buffer));
  }
  const node = document.createNode('model').setMesh(document.createMesh('model').addPrimitive(primitive));
  document.getRoot().setDefaultScene(document.createScene('preview').addChild(node));
  await document.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^POSITION$/ }),
  );
  document
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(document);
}
