const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
const MAX_FAST_DIGITS = 15;
const STRICT_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE_WORD = /^[+-]?(nan|inf|infinity|1\.#inf\d*|1\.#q?nan\d*|1\.#ind\d*)$/i;

export type NumberToken =
  | { kind: 'number'; value: number }
  | { kind: 'non-finite'; text: string }
  | { kind: 'invalid'; text: string };

/**
 * Parses the decimal number spelled by bytes[start, end). The common case (at most 15 significant
 * digits and a power of ten within ±22) is exact in double arithmetic (Clinger's fast path); the
 * rest goes through `Number()`. Returns NaN for anything that is not a plain decimal number.
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  let negative = false;
  const first = bytes[at];
  if (first === 0x2d || first === 0x2b) {
    negative = first === 0x2d;
    at++;
  }
  let mantissa = 0;
  let digits = 0;
  let sawDigit = false;
  let fractionDigits = 0;
  for (; at < end; at++) {
    const digit = bytes[at]! - 0x30;
    if (digit < 0 || digit > 9) break;
    sawDigit = true;
    if (mantissa !== 0 || digit !== 0) digits++;
    mantissa = mantissa * 10 + digit;
  }
  if (at < end && bytes[at] === 0x2e) {
    for (at++; at < end; at++) {
      const digit = bytes[at]! - 0x30;
      if (digit < 0 || digit > 9) break;
      sawDigit = true;
      if (mantissa !== 0 || digit !== 0) digits++;
      mantissa = mantissa * 10 + digit;
      fractionDigits++;
    }
  }
  let exponent = 0;
  if (sawDigit && at < end && (bytes[at] === 0x65 || bytes[at] === 0x45)) {
    at++;
    let negativeExponent = false;
    if (bytes[at] === 0x2d || bytes[at] === 0x2b) {
      negativeExponent = bytes[at] === 0x2d;
      at++;
    }
    const exponentStart = at;
    for (; at < end && exponent < 100_000; at++) {
      const digit = bytes[at]! - 0x30;
      if (digit < 0 || digit > 9) break;
      exponent = exponent * 10 + digit;
    }
    if (at === exponentStart) return Number.NaN;
    if (negativeExponent) exponent = -exponent;
  }
  if (!sawDigit || at !== end) return Number.NaN;
  const scale = exponent - fractionDigits;
  if (digits <= MAX_FAST_DIGITS && scale >= -22 && scale <= 22) {
    const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale]! : mantissa / POWERS_OF_TEN[-scale]!;
    return negative ? -magnitude : magnitude;
  }
  return Number(decodeLatin1(bytes, start, end));
}

/** Says what a token that `parseDecimal` refused was: a spelled-out NaN/infinity, or junk. */
export function classifyToken(bytes: Uint8Array, start: number, end: number): NumberToken {
  const text = decodeLatin1(bytes, start, Math.min(end, start + 40));
  if (STRICT_NUMBER.test(text)) return { kind: 'number', value: Number(text) };
  if (NON_FINITE_WORD.test(text)) return { kind: 'non-finite', text };
  return { kind: 'invalid', text };
}

export function decodeLatin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let at = start; at < end; at++) text += String.fromCharCode(bytes[at]!);
  return text;
}
