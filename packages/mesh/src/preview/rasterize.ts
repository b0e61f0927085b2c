import { shadeMetal } from './shade-metal';

export interface RasterInput {
  /** View space: x right, y up, z toward the camera. */
  viewPositions: Float32Array;
  indices: Uint32Array;
  /** View-space unit normal per triangle corner. */
  cornerNormals: Float32Array;
  size: number;
  /** RGBA of empty pixels. */
  background: [number, number, number, number];
}

const MARGIN = 0.06;

/**
 * A z-buffer rasterizer with orthographic projection: the mesh is fitted to the square, each
 * triangle filled by edge functions at pixel centres, normals interpolated and shaded per pixel.
 * Both sides of every face are drawn, so flipped faces still show.
 */
export function rasterize(input: RasterInput): Uint8ClampedArray {
  const { viewPositions: p, indices, cornerNormals: normals, size } = input;
  const pixels = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(input.background, i);
  const depth = new Float32Array(size * size).fill(-Infinity);
  const fit = fitToSquare(p, size);
  const sx = new Float64Array(p.length / 3);
  const sy = new Float64Array(p.length / 3);
  for (let v = 0; v < sx.length; v++) {
    sx[v] = (p[v * 3]! - fit.centreX) * fit.scale + size / 2;
    sy[v] = size / 2 - (p[v * 3 + 1]! - fit.centreY) * fit.scale;
  }
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    const ax = sx[a]!;
    const ay = sy[a]!;
    const bx = sx[b]!;
    const by = sy[b]!;
    const cx = sx[c]!;
    const cy = sy[c]!;
    const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (Math.abs(area) < 1e-12) continue;
    const minX = Math.max(0, Math.floor(Math.min(ax, bx, cx)));
    const maxX = Math.min(size - 1, Math.ceil(Math.max(ax, bx, cx)));
    const minY = Math.max(0, Math.floor(Math.min(ay, by, cy)));
    const maxY = Math.min(size - 1, Math.ceil(Math.max(ay, by, cy)));
    const za = p[a * 3 + 2]!;
    const zb = p[b * 3 + 2]!;
    const zc = p[c * 3 + 2]!;
    for (let y = minY; y <= maxY; y++) {
      const py = y + 0.5;
      for (let x = minX; x <= maxX; x++) {
        const px = x + 0.5;
        const wa = ((cx - bx) * (py - by) - (cy - by) * (px - bx)) / area;
        const wb = ((ax - cx) * (py - cy) - (ay - cy) * (px - cx)) / area;
        const wc = 1 - wa - wb;
        if (wa < 0 || wb < 0 || wc < 0) continue;
        const z = wa * za + wb * zb + wc * zc;
        const pixel = y * size + x;
        if (z <= depth[pixel]!) continue;
        depth[pixel] = z;
        shadePixel(normals, t, wa, wb, wc, pixels, pixel * 4);
      }
    }
  }
  return pixels;
}

function shadePixel(
  normals: Float32Array,
  triangle: number,
  wa: number,
  wb: number,
  wc: number,
  pixels: Uint8ClampedArray,
  at: number,
): void {
  const n = triangle * 3;
  let nx = wa * normals[n]! + wb * normals[n + 3]! + wc * normals[n + 6]!;
  let ny = wa * normals[n + 1]! + wb * normals[n + 4]! + wc * normals[n + 7]!;
  let nz = wa * normals[n + 2]! + wb * normals[n + 5]! + wc * normals[n + 8]!;
  const length = Math.hypot(nx, ny, nz) || 1;
  const facing = nz < 0 ? -1 : 1;
  nx = (nx / length) * facing;
  ny = (ny / length) * facing;
  nz = (nz / length) * facing;
  shadeMetal(nx, ny, nz, pixels, at);
  pixels[at + 3] = 255;
}

function fitToSquare(p: Float32Array, size: number): { centreX: number; centreY: number; scale: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < p.length; i += 3) {
    minX = Math.min(minX, p[i]!);
    maxX = Math.max(maxX, p[i]!);
    minY = Math.min(minY, p[i + 1]!);
    maxY = Math.max(maxY, p[i + 1]!);
  }
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  return {
    centreX: (minX + maxX) / 2,
    centreY: (minY + maxY) / 2,
    scale: (size * (1 - 2 * MARGIN)) / extent,
  };
}
