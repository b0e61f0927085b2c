import { expect } from 'vitest';
import { analyseMesh, type MeshAnalysis } from '../analyse';
import type { IndexedMesh } from '../mesh';
import { signedVolume } from './signed-volume';

/** Test helper: the mesh is closed, manifold, consistently wound outwards; returns its analysis. */
export function expectClosed(mesh: IndexedMesh): MeshAnalysis {
  const analysis = analyseMesh(mesh);
  expect(analysis.boundaryEdges, 'boundary edges').toBe(0);
  expect(analysis.nonManifoldEdges, 'non-manifold edges').toBe(0);
  expect(analysis.inconsistentEdges, 'inconsistently wound edges').toBe(0);
  expect(analysis.watertight).toBe(true);
  expect(signedVolume(mesh), 'faces point outwards').toBeGreaterThan(0);
  return analysis;
}

/** Relative difference |a − b| / b. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}
