import { constants, deflateRawSync } from 'node:zlib';
import { concat } from './write-zip';

const MEBIBYTE = 1024 * 1024;
/** The final, empty block of a deflate stream (fixed Huffman codes, end-of-block only). */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

/**
 * A raw deflate stream that inflates to `mebibytes` MiB, built in a millisecond: one mebibyte is
 * compressed with a sync flush (byte-aligned, not final, back-references only into itself) and
 * the block is repeated. `noiseBytes` of pseudo-random data per mebibyte lower the ratio.
 */
export function makeDeflateBomb(mebibytes: number, noiseBytes = 0): Uint8Array {
  const block = new Uint8Array(MEBIBYTE);
  let seed = 12345;
  for (let i = 0; i < noiseBytes; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    block[i] = seed >>> 24;
  }
  const chunk = deflateRawSync(block, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  return concat([...Array.from({ length: mebibytes }, () => chunk), FINAL_EMPTY_BLOCK]);
}
