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
}

export interface PreviewOptions {
  /** Default 20,000; never more than 100,000. Smaller meshes are kept as they are. */
  targetTriangles?: number;
  /** Default 256. */
  pngSize?: number;
  /** Default white. */
  background?: ThumbnailBackground;
}

export const DEFAULT_PREVIEW_TRIANGLES = 20_000;
export const MAX_PREVIEW_TRIANGLES = 100_000;

/** Makes the light preview of a model: a small GLB for the viewer and a PNG thumbnail. */
export async function makePreview(mesh: IndexedMesh, options: PreviewOptions = {}): Promise<MeshPreview> {
  if (mesh.indices.length < 3)
    throw new MeshError('EMPTY_MESH', 'There is nothing to preview: the model has no triangles.');
  const target = Math.max(
    4,
    Math.min(MAX_PREVIEW_TRIANGLES, options.targetTriangles ?? DEFAULT_PREVIEW_TRIANGLES),
  );
  const simplified = await simplifyMesh(mesh, target);
  const png = await renderThumbnail(simplified, {
    size: options.pngSize ?? 256,
    background: options.background ?? 'white',
  });
  const glb = await writePreviewGlb(simplified);
  return { glb, png, triangleCount: simplified.indices.length / 3 };
}
