import { hashBits, nextPowerOfTwo } from './int-hash';

const EMPTY = 0;
const NEGATIVE_ZERO_BITS = 0x80000000 | 0;

/**
 * Gives each distinct position (compared by its float32 bits, with -0 taken as 0) one index.
 * Open addressing with linear probing; the table keeps the load factor at or under one half.
 */
export class PositionWelder {
  /** Slot → vertex index + 1. */
  private table: Int32Array;
  private mask: number;
  private bits: Int32Array;
  count = 0;

  /** `expectedVertices` sizes the first table; it grows as needed. */
  constructor(expectedVertices: number) {
    this.bits = new Int32Array(Math.max(1024, expectedVertices) * 3);
    const size = nextPowerOfTwo(Math.max(1024, expectedVertices * 2));
    this.table = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The index of the position whose float32 bit patterns, read as int32, are x, y, z. */
  indexOfBits(x: number, y: number, z: number): number {
    if (x === NEGATIVE_ZERO_BITS) x = 0;
    if (y === NEGATIVE_ZERO_BITS) y = 0;
    if (z === NEGATIVE_ZERO_BITS) z = 0;
    const table = this.table;
    let bits = this.bits;
    const mask = this.mask;
    let slot = hashBits(x, y, z) & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === EMPTY) break;
      const at = (entry - 1) * 3;
      if (bits[at] === x && bits[at + 1] === y && bits[at + 2] === z) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const index = this.count++;
    const at = index * 3;
    if (at + 3 > bits.length) bits = this.growBits();
    bits[at] = x;
    bits[at + 1] = y;
    bits[at + 2] = z;
    table[slot] = index + 1;
    if (this.count * 2 > table.length) this.growTable();
    return index;
  }

  /** The distinct positions, in the order they were first seen. */
  positions(): Float32Array {
    return new Float32Array(this.bits.buffer, 0, this.count * 3).slice();
  }

  private growBits(): Int32Array {
    const bits = new Int32Array(this.bits.length * 2);
    bits.set(this.bits);
    this.bits = bits;
    return bits;
  }

  private growTable(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    const bits = this.bits;
    for (let index = 0; index < this.count; index++) {
      const at = index * 3;
      let slot = hashBits(bits[at]!, bits[at + 1]!, bits[at + 2]!) & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = index + 1;
    }
    this.table = table;
    this.mask = mask;
  }
}
