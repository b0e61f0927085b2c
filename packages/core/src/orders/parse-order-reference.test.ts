import { describe, expect, it } from 'vitest';
import { parseOrderReference } from './get-order-flight-record';

describe('parseOrderReference', () => {
  it.each([
    ['FCT-001042', { number: 1042 }],
    ['fct-1042', { number: 1042 }],
    [' 1042 ', { number: 1042 }],
    ['01A1FE13-7DA0-7D29-A365-C18F6726FF2C', { id: '01a1fe13-7da0-7d29-a365-c18f6726ff2c' }],
    ['FCT-', null],
    ['drop table orders', null],
    ['', null],
  ])('%s → %j', (input, expected) => {
    expect(parseOrderReference(input)).toEqual(expected);
  });
});
