import { getBounds, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseMeshWithThickness } from './analyse';
import { makeBox, makeTorus, makeTube } from './generate';
import { makePreview } from './preview';
import { THICKNESS_ATTRIBUTE } from './preview/write-glb';
import { validateGlb } from './testing/validate-glb';

async function readPreviewVertices(glb: Uint8Array) {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const document = await io.readBinary(glb);
  const node = document.getRoot().listNodes()[0]!;
  const primitive = node.getMesh()!.listPrimitives()[0]!;
  const position = primitive.getAttribute('POSITION')!;
  const m = node.getWorldMatrix();
  const positions = Array.from({ length: position.getCount() }, (_, i) => {
    const [x = 0, y = 0, z = 0] = position.getElement(i, []);
    return [
      m[0] * x + m[4] * y + m[8] * z + m[12],
      m[1] * x + m[5] * y + m[9] * z + m[13],
      m[2] * x + m[6] * y + m[10] * z + m[14],
    ];
  });
  const thickness = primitive.getAttribute(THICKNESS_ATTRIBUTE);
  return { positions, thickness: thickness ? Array.from(thickness.getArray() as Float32Array) : null };
}

describe('makePreview', () => {
  it('carries the wall thickness at each vertex, as the analysis measured it there', async () => {
    // A 1.5 mm band thinned to 0.3 mm around angle 0.
    const band = makeTube({
      innerRadius: 8.5,
      outerRadiusAt: (angle) => 10 - 1.2 * Math.max(0, Math.cos(angle * 5)) ** 8,
      height: 3,
      around: 720,
      along: 4,
    });
    const { analysis, vertexThicknessMm } = analyseMeshWithThickness(band, { withVertexThickness: true });
    if (!analysis.thickness.measured) throw new Error(analysis.thickness.reason);
    const preview = await makePreview(band, { targetTriangles: 3000 });
    expect(preview.withThickness).toBe(true);
    expect((await validateGlb(preview.glb)).errors).toBe(0);

    const { positions, thickness } = await readPreviewVertices(preview.glb);
    expect(thickness).toHaveLength(positions.length);
    positions.forEach(([x, y, z], i) => {
      let nearest = 0;
      let best = Number.POSITIVE_INFINITY;
      for (let v = 0; v < band.positions.length / 3; v++) {
        const d =
          (band.positions[v * 3]! - x!) ** 2 +
          (band.positions[v * 3 + 1]! - y!) ** 2 +
          (band.positions[v * 3 + 2]! - z!) ** 2;
        if (d < best) {
          best = d;
          nearest = v;
        }
      }
      expect(Math.sqrt(best)).toBeLessThan(0.005);
      expect(thickness![i]).toBeCloseTo(vertexThicknessMm![nearest]!, 4);
    });
    expect(Math.min(...thickness!)).toBeCloseTo(analysis.thickness.minWallMm, 2);
  }, 30_000);

  it('carries no thickness for an open model, whose wall cannot be measured', async () => {
    const torus = makeTorus(2_000, 10, 2);
    const preview = await makePreview({ positions: torus.positions, indices: torus.indices.subarray(3) });
    expect(preview.withThickness).toBe(false);
    expect((await readPreviewVertices(preview.glb)).thickness).toBeNull();
  });

  it('simplifies a 200k-triangle torus to a valid compact GLB and a shaded 256 × 256 PNG', async () => {
    const torus = makeTorus(200_000);
    expect(torus.indices.length / 3).toBeGreaterThan(190_000);
    const preview = await makePreview(torus);
    expect(preview.triangleCount).toBeLessThanOrEqual(100_000);
    expect(preview.triangleCount).toBeGreaterThan(1000);

    const validation = await validateGlb(preview.glb);
    expect(validation.errors, JSON.stringify(validation.messages)).toBe(0);
    expect(preview.glb.length).toBeLessThan(200_000);

    const image = sharp(preview.png);
    const metadata = await image.metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 256, height: 256 });
    const { channels } = await image.stats();
    expect(channels.some((channel) => channel.stdev > 10)).toBe(true);
  }, 30_000);

  it('writes a GLB that decodes back to the simplified mesh, in millimetres', async () => {
    const preview = await makePreview(makeTorus(50_000, 9.75, 1.25), { targetTriangles: 5000 });
    await MeshoptDecoder.ready;
    const io = new NodeIO()
      .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const document = await io.readBinary(preview.glb);
    const primitive = document.getRoot().listMeshes()[0]!.listPrimitives()[0]!;
    expect(primitive.getIndices()!.getCount() / 3).toBe(preview.triangleCount);
    const bounds = getBounds(document.getRoot().getDefaultScene()!);
    expect(bounds.max[0]).toBeCloseTo(11, 1);
    expect(bounds.min[2]).toBeCloseTo(-1.25, 1);
  });

  it('keeps a small mesh whole and honours the requested size', async () => {
    const preview = await makePreview(makeBox(10, 10, 10), { pngSize: 64, background: 'transparent' });
    expect(preview.triangleCount).toBe(12);
    expect(await sharp(preview.png).metadata()).toMatchObject({ width: 64, height: 64, hasAlpha: true });
    expect((await validateGlb(preview.glb)).errors).toBe(0);
  });

  it('refuses an empty mesh', async () => {
    await expect(
      makePreview({ positions: new Float32Array(), indices: new Uint32Array() }),
    ).rejects.toMatchObject({
      code: 'EMPTY_MESH',
    });
  });

  it('never exceeds 100,000 triangles, whatever is asked', async () => {
    const preview = await makePreview(makeTorus(210_000), { targetTriangles: 1_000_000 });
    expect(preview.triangleCount).toBeLessThanOrEqual(100_000);
  }, 30_000);
});
