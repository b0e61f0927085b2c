import { hashBits, nextPowerOfTwo } from './int-hash';

const NEGATIVE_ZERO_BITS = 0x80000000 | 0;
/** Slots of one bucket: 64 bytes, one cache line. */
const BUCKET_SLOTS = 16;
/** Buckets are sized for about this many vertices each, a quarter of their slots. */
const VERTICES_PER_BUCKET = 4;

/**
 * Gives each distinct position (compared by its float32 bits, with -0 taken as 0) one index, in the
 * order first seen — as `PositionWelder` does, with a layout for files whose neighbouring triangles
 * come one after another, as exporters write them.
 *
 * A random hash puts each new vertex on a cache line of its own, and on a million-triangle file
 * waiting for those lines is most of the time spent. Here the bucket (16 slots, one cache line) is
 * chosen by the spatial cell the vertex lies in, cells about two edges wide, so the vertices met
 * one after another mostly share a few lines; within its bucket a vertex starts at the slot its bits
 * hash to. The cell only chooses where to look: positions still match by their exact bits, so the
 * result is the same whatever the cell size. A full bucket sends its newcomers to an ordinary
 * open-addressing table, so vertices packed in one cell (a cell size far too large, or a hostile
 * file) cost what they would cost there, and no more.
 */
export class CellWelder {
  private buckets: Int32Array;
  private bucketMask: number;
  private inverseCell: number;
  /** Overflow table, for vertices whose bucket was full: slot → vertex index + 1. */
  private overflow = new Int32Array(0);
  private overflowCount = 0;
  private bits: Int32Array;
  count = 0;

  /** `cellMm`: about two edges of the mesh (see `estimateCellSize`); any positive size is correct. */
  constructor(expectedVertices: number, cellMm: number) {
    const expected = Math.max(1024, expectedVertices);
    this.bits = new Int32Array(expected * 3);
    const bucketCount = nextPowerOfTwo(Math.ceil(expected / VERTICES_PER_BUCKET));
    this.buckets = new Int32Array(bucketCount * BUCKET_SLOTS);
    this.bucketMask = bucketCount - 1;
    this.inverseCell = cellMm > 0 && Number.isFinite(1 / cellMm) ? 1 / cellMm : 1;
  }

  /**
   * The index of the position whose float32 bit patterns, read as int32, are xBits, yBits, zBits
   * and whose values are x, y, z (finite).
   */
  indexOf(xBits: number, yBits: number, zBits: number, x: number, y: number, z: number): number {
    if (xBits === NEGATIVE_ZERO_BITS) xBits = 0;
    if (yBits === NEGATIVE_ZERO_BITS) yBits = 0;
    if (zBits === NEGATIVE_ZERO_BITS) zBits = 0;
    const inverseCell = this.inverseCell;
    const cell = hashBits(
      Math.floor(x * inverseCell) | 0,
      Math.floor(y * inverseCell) | 0,
      Math.floor(z * inverseCell) | 0,
    );
    const first = (cell & this.bucketMask) * BUCKET_SLOTS;
    const start = hashBits(xBits, yBits, zBits);
    const buckets = this.buckets;
    const bits = this.bits;
    for (let probe = 0; probe < BUCKET_SLOTS; probe++) {
      const slot = first + ((start + probe) & (BUCKET_SLOTS - 1));
      const entry = buckets[slot]!;
      if (entry === 0) {
        const index = this.append(xBits, yBits, zBits);
        buckets[slot] = index + 1;
        return index;
      }
      const at = (entry - 1) * 3;
      if (bits[at] === xBits && bits[at + 1] === yBits && bits[at + 2] === zBits) return entry - 1;
    }
    return this.indexInOverflow(xBits, yBits, zBits, start);
  }

  /** The distinct positions, in the order they were first seen. */
  positions(): Float32Array {
    const used = this.count * 3;
    // A copy only when more than a quarter of the buffer would be carried along unused.
    if (used * 4 >= this.bits.length * 3) return new Float32Array(this.bits.buffer, 0, used);
    return new Float32Array(this.bits.buffer, 0, used).slice();
  }

  private append(xBits: number, yBits: number, zBits: number): number {
    const index = this.count++;
    const at = index * 3;
    if (at + 3 > this.bits.length) {
      const grown = new Int32Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    const bits = this.bits;
    bits[at] = xBits;
    bits[at + 1] = yBits;
    bits[at + 2] = zBits;
    return index;
  }

  private indexInOverflow(xBits: number, yBits: number, zBits: number, start: number): number {
    if (this.overflow.length === 0) this.overflow = new Int32Array(1024);
    const overflow = this.overflow;
    const mask = overflow.length - 1;
    const bits = this.bits;
    let slot = start & mask;
    for (;;) {
      const entry = overflow[slot]!;
      if (entry === 0) break;
      const at = (entry - 1) * 3;
      if (bits[at] === xBits && bits[at + 1] === yBits && bits[at + 2] === zBits) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const index = this.append(xBits, yBits, zBits);
    overflow[slot] = index + 1;
    this.overflowCount++;
    if (this.overflowCount * 2 > overflow.length) this.growOverflow();
    return index;
  }

  private growOverflow(): void {
    const grown = new Int32Array(this.overflow.length * 2);
    const mask = grown.length - 1;
    const bits = this.bits;
    for (const entry of this.overflow) {
      if (entry === 0) continue;
      const at = (entry - 1) * 3;
      let slot = hashBits(bits[at]!, bits[at + 1]!, bits[at + 2]!) & mask;
      while (grown[slot] !== 0) slot = (slot + 1) & mask;
      grown[slot] = entry;
    }
    this.overflow = grown;
  }
}
