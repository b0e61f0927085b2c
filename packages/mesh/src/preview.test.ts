import { getBounds, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeBox, makeTorus } from './generate';
import { makePreview } from './preview';
import { validateGlb } from './testing/validate-glb';

describe('makePreview', () => {
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
