const TABLE = buildTable();

/** Int32 entries keep the loop in small-integer arithmetic. */
function buildTable(): Int32Array {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
}

/** Continues a CRC-32 (the ZIP checksum) over `chunk`; start with 0. */
export function updateCrc32(crc: number, chunk: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
