/** Mixes three 32-bit integers (a position's float bits) into one hash for open-addressing tables. */
export function hashBits(x: number, y: number, z: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ y ^ (y >>> 13), 0xc2b2ae35);
  h = Math.imul(h ^ z ^ (z >>> 16), 0x27d4eb2f);
  return h ^ (h >>> 15);
}

export function nextPowerOfTwo(value: number): number {
  let size = 1;
  while (size < value) size *= 2;
  return size;
}
