import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse';
import { makeBox, makeTetrahedron, makeTorus, makeUvSphere, placeSideBySide } from './generate';
import type { IndexedMesh } from './mesh';

const withoutTriangles = (mesh: IndexedMesh, ...triangles: number[]): IndexedMesh => ({
  positions: mesh.positions,
  indices: Uint32Array.from(
    Array.from(mesh.indices).filter((_, i) => !triangles.includes(Math.floor(i / 3))),
  ),
});

describe('analyseMesh', () => {
  it('measures a 10 × 20 × 30 box', () => {
    const analysis = analyseMesh(makeBox(10, 20, 30));
    expect(analysis).toMatchObject({
      triangleCount: 12,
      vertexCount: 8,
      boundingBoxMm: { min: [0, 0, 0], max: [10, 20, 30], size: [10, 20, 30] },
      shells: 1,
      watertight: true,
      boundaryEdges: 0,
      nonManifoldEdges: 0,
      inconsistentEdges: 0,
      degenerateFaces: 0,
    });
    expect(analysis.volumeMm3).toBeCloseTo(6000, 6);
    expect(analysis.surfaceAreaMm2).toBeCloseTo(2200, 6);
  });

  it('finds the hole of a cube with one face removed', () => {
    const analysis = analyseMesh(withoutTriangles(makeBox(10, 10, 10), 0, 1));
    expect(analysis.watertight).toBe(false);
    expect(analysis.boundaryEdges).toBe(4);
    expect(analysis.triangleCount).toBe(10);
  });

  it('finds the hole of a cube with one triangle removed', () => {
    const analysis = analyseMesh(withoutTriangles(makeBox(10, 10, 10), 5));
    expect(analysis.watertight).toBe(false);
    expect(analysis.boundaryEdges).toBe(3);
  });

  it('counts two separate cubes as two shells', () => {
    const analysis = analyseMesh(placeSideBySide([makeBox(10, 10, 10), makeBox(10, 10, 10)]));
    expect(analysis.shells).toBe(2);
    expect(analysis.watertight).toBe(true);
    expect(analysis.volumeMm3).toBeCloseTo(2000, 6);
  });

  it('counts an edge shared by three faces as non-manifold', () => {
    const fin: IndexedMesh = {
      positions: Float32Array.of(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1),
      indices: Uint32Array.of(0, 1, 2, 1, 0, 3, 0, 1, 4),
    };
    const analysis = analyseMesh(fin);
    expect(analysis.nonManifoldEdges).toBe(1);
    expect(analysis.boundaryEdges).toBe(6);
    expect(analysis.watertight).toBe(false);
  });

  it('counts degenerate faces: repeated vertex and zero area', () => {
    const mesh: IndexedMesh = {
      positions: Float32Array.of(0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0),
      indices: Uint32Array.of(0, 1, 3, 0, 0, 3, 0, 1, 2),
    };
    expect(analyseMesh(mesh).degenerateFaces).toBe(2);
  });

  it('notices a face wound the wrong way', () => {
    const box = makeBox(10, 10, 10);
    const indices = box.indices.slice();
    [indices[1], indices[2]] = [indices[2]!, indices[1]!];
    const analysis = analyseMesh({ positions: box.positions, indices });
    expect(analysis.inconsistentEdges).toBe(3);
    expect(analysis.watertight).toBe(true);
  });

  it('handles a vertex shared by many faces (a fan wider than the small-fan path)', () => {
    const analysis = analyseMesh(makeUvSphere(2000));
    expect(analysis.watertight).toBe(true);
    expect(analysis.inconsistentEdges).toBe(0);
  });

  it('measures a torus close to the formula 2π²Rr²', () => {
    const analysis = analyseMesh(makeTorus(200_000, 10, 2));
    expect(analysis.watertight).toBe(true);
    expect(analysis.volumeMm3 / (2 * Math.PI ** 2 * 10 * 4)).toBeCloseTo(1, 2);
    expect(analysis.surfaceAreaMm2 / (4 * Math.PI ** 2 * 10 * 2)).toBeCloseTo(1, 2);
  });

  it('gives zeros for an empty mesh rather than infinities', () => {
    const analysis = analyseMesh({ positions: new Float32Array(), indices: new Uint32Array() });
    expect(analysis).toMatchObject({ triangleCount: 0, shells: 0, watertight: false, volumeMm3: 0 });
    expect(analysis.boundingBoxMm.size).toEqual([0, 0, 0]);
  });

  it('refuses indices out of range', () => {
    const tetrahedron = makeTetrahedron();
    expect(() =>
      analyseMesh({ positions: tetrahedron.positions.subarray(0, 9), indices: tetrahedron.indices }),
    ).toThrowError(expect.objectContaining({ code: 'BAD_INDEX' }));
  });
});
