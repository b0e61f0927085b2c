const SOLID = 'solid';

/** True when the text (after an optional UTF-8 BOM and whitespace) begins with "solid". */
export function startsWithSolid(bytes: Uint8Array): boolean {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    at < bytes.length &&
    (bytes[at] === 0x20 || bytes[at] === 0x09 || bytes[at] === 0x0a || bytes[at] === 0x0d)
  )
    at++;
  for (let i = 0; i < SOLID.length; i++) {
    if (((bytes[at + i] ?? 0) | 0x20) !== SOLID.charCodeAt(i)) return false;
  }
  return true;
}
