import { MeshError } from '../errors';
import type { MeshMessage } from '../mesh-messages';

/**
 * A 3MF transform: 12 numbers m00 m01 m02 m10 m11 m12 m20 m21 m22 m30 m31 m32, applied to row
 * vectors, so x' = x·m00 + y·m10 + z·m20 + m30 (and likewise for y', z').
 */
export type Affine = readonly number[];

export const IDENTITY: Affine = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];

/** Parses a transform attribute; its translation is multiplied by `mmPerUnit`. */
export function parseAffine(text: string | undefined, mmPerUnit: number, where: () => MeshMessage): Affine {
  if (text === undefined) return IDENTITY;
  const parts = text.trim().split(/\s+/);
  const values = parts.map(Number);
  if (values.length !== 12 || values.some((value) => !Number.isFinite(value))) {
    throw new MeshError('MALFORMED', {
      key: 'mesh.3mf.transform-invalid',
      params: { place: where(), text: text.slice(0, 80) },
    });
  }
  for (let i = 9; i < 12; i++) values[i]! *= mmPerUnit;
  return values;
}

/** The transform that applies `first`, then `second`. */
export function composeAffine(first: Affine, second: Affine): Affine {
  const result = new Array<number>(12);
  for (let row = 0; row < 4; row++) {
    for (let column = 0; column < 3; column++) {
      let sum = row === 3 ? second[9 + column]! : 0;
      for (let k = 0; k < 3; k++) sum += first[row * 3 + k]! * second[k * 3 + column]!;
      result[row * 3 + column] = sum;
    }
  }
  return result;
}

/** Negative when the transform mirrors, which turns the triangles' winding inside out. */
export function computeDeterminant(m: Affine): number {
  return (
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) -
    m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) +
    m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!)
  );
}
