import { prepareMeshThickness } from './analyse';
import { measureThicknessAt } from './analysis/measure-thickness';
import { MeshError } from './errors';
import type { IndexedMesh } from './mesh';
import { renderThumbnail, type ThumbnailBackground } from './preview/render-thumbnail';
import { simplifyMesh } from './preview/simplify-mesh';
import { writePreviewGlb } from './preview/write-glb';

export interface MeshPreview {
  /** Simplified, quantized, meshopt-compressed glTF binary for the 3D viewer. */
  glb: Uint8Array;
  /** Shaded thumbnail, pngSize × pngSize. */
  png: Uint8Array;
  /** Triangles in the GLB (and the thumbnail). */
  triangleCount: number;
  /** Whether the GLB carries the wall thickness at each vertex (`_THICKNESS`; not for an open model). */
  withThickness: boolean;
}

export interface PreviewOptions {
  /** Default 20,000; never more than 100,000. Smaller meshes are kept as they are. */
  targetTriangles?: number;
  /** Default 256. */
  pngSize?: number;
  /** Default white. */
  background?: ThumbnailBackground;
  /** Default true: each vertex of the GLB carries the wall thickness there, for a thickness map. */
  thickness?: boolean;
}

export const DEFAULT_PREVIEW_TRIANGLES = 20_000;
export const MAX_PREVIEW_TRIANGLES = 100_000;

/**
 * Makes the light preview of a model: a small GLB for the viewer and a PNG thumbnail. The model is
 * welded as the analysis welds it; the simplified mesh keeps a few of its vertices where they are,
 * and the wall is measured at each of those against the whole model (the analysis's method), so
 * the thickness map shows the walls of the model, not of its simplification.
 */
export async function makePreview(mesh: IndexedMesh, options: PreviewOptions = {}): Promise<MeshPreview> {
  if (mesh.indices.length < 3)
    throw new MeshError('EMPTY_MESH', { key: 'mesh.nothing-to-preview', params: {} });
  const target = Math.max(
    4,
    Math.min(MAX_PREVIEW_TRIANGLES, options.targetTriangles ?? DEFAULT_PREVIEW_TRIANGLES),
  );
  const { welded, job } =
    options.thickness === false ? { welded: mesh, job: null } : prepareMeshThickness(mesh);
  const simplified = await simplifyMesh(welded, target);
  const png = await renderThumbnail(simplified, {
    size: options.pngSize ?? 256,
    background: options.background ?? 'white',
  });
  const thicknessMm =
    job && !('measured' in job) ? measureThicknessAt(job, simplified.sourceVertices) : undefined;
  const glb = await writePreviewGlb(simplified, thicknessMm);
  return { glb, png, triangleCount: simplified.indices.length / 3, withThickness: thicknessMm !== undefined };
}
