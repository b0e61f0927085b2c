import sharp from 'sharp';
import type { IndexedMesh } from '../mesh';
import { computeCornerNormals } from './corner-normals';
import { rasterize } from './rasterize';
import { rotateToViewSpace } from './view';

export type ThumbnailBackground = 'white' | 'transparent';

const BACKGROUNDS: Record<ThumbnailBackground, [number, number, number, number]> = {
  white: [255, 255, 255, 255],
  transparent: [255, 255, 255, 0],
};
/** Rendered at twice the size and scaled down, which smooths the edges. */
const SUPERSAMPLING = 2;

/** A shaded PNG of the mesh seen from the front right, above (software rendering, no GPU). */
export async function renderThumbnail(
  mesh: IndexedMesh,
  options: { size: number; background: ThumbnailBackground },
): Promise<Uint8Array> {
  const viewPositions = rotateToViewSpace(mesh.positions);
  const renderSize = options.size * SUPERSAMPLING;
  const pixels = rasterize({
    viewPositions,
    indices: mesh.indices,
    cornerNormals: computeCornerNormals(viewPositions, mesh.indices),
    size: renderSize,
    background: BACKGROUNDS[options.background],
  });
  const png = await sharp(pixels, { raw: { width: renderSize, height: renderSize, channels: 4 } })
    .resize(options.size, options.size, { kernel: 'lanczos3' })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
