import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyToken, parseDecimal } from './parse-number';

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (text: string) => parseDecimal(encode(text), 0, text.length);

describe('parseDecimal', () => {
  it('agrees with Number() on every double written in any notation', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 21 }),
        (value, digits) => {
          for (const text of [
            String(value),
            value.toExponential(),
            value.toPrecision(digits),
            value.toFixed(Math.min(digits, 20)),
          ]) {
            if (/^-?[\d.]+(e[+-]?\d+)?$/i.test(text)) expect(Object.is(parse(text), Number(text))).toBe(true);
          }
        },
      ),
    );
  });

  it('reads the forms STL and OBJ writers use', () => {
    expect(parse('1.000000e+01')).toBe(10);
    expect(parse('-0.5')).toBe(-0.5);
    expect(parse('+.25')).toBe(0.25);
    expect(parse('7.')).toBe(7);
    expect(parse('00012.5E-1')).toBe(1.25);
    expect(parse('0.1234567890123456789')).toBe(Number('0.1234567890123456789'));
  });

  it('returns NaN for anything else', () => {
    for (const text of ['', '-', '.', 'e5', '1e', '1.2.3', '12abc', 'nan', '0x10'])
      expect(parse(text)).toBeNaN();
  });

  it('tells spelled-out non-finite values from junk', () => {
    expect(classifyToken(encode('-Infinity'), 0, 9).kind).toBe('non-finite');
    expect(classifyToken(encode('1.#QNAN'), 0, 7).kind).toBe('non-finite');
    expect(classifyToken(encode('zero'), 0, 4).kind).toBe('invalid');
  });
});
