import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

const ALLOWED = ['https://shop.facet.example', 'http://localhost:3000/'];

describe('isAllowedOrigin', () => {
  it.each([
    ['https://shop.facet.example', true],
    ['http://localhost:3000', true],
    ['HTTPS://SHOP.FACET.EXAMPLE', true],
    ['https://evil.example', false],
    ['https://shop.facet.example.evil.example', false],
    ['http://shop.facet.example', false],
    ['null', false],
    [undefined, true],
  ])('%s → %s', (origin, allowed) => {
    expect(isAllowedOrigin(origin, ALLOWED)).toBe(allowed);
  });
});
