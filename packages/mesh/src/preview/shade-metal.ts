import { normalize } from './view';

/** Warm yellow gold, sRGB 0–1. */
const BASE: [number, number, number] = [0.86, 0.69, 0.38];
const HIGHLIGHT: [number, number, number] = [1, 0.96, 0.88];
const KEY_LIGHT = normalize([-0.45, 0.65, 0.65]);
const FILL_LIGHT = normalize([0.7, -0.2, 0.45]);
/** Blinn half-vector of the key light and the view direction (0, 0, 1). */
const KEY_HALF = normalize([KEY_LIGHT[0], KEY_LIGHT[1], KEY_LIGHT[2] + 1]);
const SHININESS = 48;

/**
 * Colour of a surface point with view-space unit normal n (facing the camera): Lambert from a key
 * and a fill light, a fake sky/floor reflection that reads as metal, and a small specular glint.
 * Writes 0–255 RGB into `out` at `at`.
 */
export function shadeMetal(nx: number, ny: number, nz: number, out: Uint8ClampedArray, at: number): void {
  const key = Math.max(0, nx * KEY_LIGHT[0] + ny * KEY_LIGHT[1] + nz * KEY_LIGHT[2]);
  const fill = Math.max(0, nx * FILL_LIGHT[0] + ny * FILL_LIGHT[1] + nz * FILL_LIGHT[2]);
  // Up-component of the view ray reflected about n: bright "sky" above, darker "floor" below.
  const reflectedUp = 2 * nz * ny;
  const environment = 0.3 + 0.35 * (reflectedUp + 1);
  const half = Math.max(0, nx * KEY_HALF[0] + ny * KEY_HALF[1] + nz * KEY_HALF[2]);
  const specular = 0.5 * half ** SHININESS;
  const diffuse = 0.12 + 0.5 * key + 0.18 * fill + 0.3 * environment;
  for (let channel = 0; channel < 3; channel++) {
    out[at + channel] = 255 * (BASE[channel]! * diffuse + HIGHLIGHT[channel]! * specular);
  }
}
