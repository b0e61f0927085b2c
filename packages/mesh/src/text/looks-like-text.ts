const SAMPLE_BYTES = 64 * 1024;
/** A stray control byte (a DOS end-of-file mark, a damaged byte) does not make text binary. */
const MAX_CONTROL_SHARE = 0.01;

/** True when the first 64 KiB are text: control bytes other than tab, line breaks and form feed are rare. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control++;
  }
  return control <= end * MAX_CONTROL_SHARE;
}
