type Vector3 = [number, number, number];

/** A three-quarter view from the front right, above: model Z is up, as in 3D printing. */
const TOWARD_CAMERA: Vector3 = normalize([1, -1.2, 0.9]);
const WORLD_UP: Vector3 = [0, 0, 1];
const RIGHT: Vector3 = normalize(cross([-TOWARD_CAMERA[0], -TOWARD_CAMERA[1], -TOWARD_CAMERA[2]], WORLD_UP));
const UP: Vector3 = cross(RIGHT, [-TOWARD_CAMERA[0], -TOWARD_CAMERA[1], -TOWARD_CAMERA[2]]);

/** Rotates world coordinates into view space: x right, y up, z toward the camera. */
export function rotateToViewSpace(positions: Float32Array): Float32Array {
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const p: Vector3 = [positions[i]!, positions[i + 1]!, positions[i + 2]!];
    out[i] = dot(p, RIGHT);
    out[i + 1] = dot(p, UP);
    out[i + 2] = dot(p, TOWARD_CAMERA);
  }
  return out;
}

export function normalize(v: Vector3): Vector3 {
  const length = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}

function cross(a: Vector3, b: Vector3): Vector3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function dot(a: Vector3, b: Vector3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
