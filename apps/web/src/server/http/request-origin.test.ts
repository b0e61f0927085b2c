import { describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';

const FALLBACK = 'https://facet.workshop.example/';

describe('requestOrigin', () => {
  it('is the host the caller reached, with the scheme the proxy says it used', () => {
    const headers = new Headers({
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'shop.example.com',
      'x-forwarded-proto': 'https',
    });
    expect(requestOrigin(headers, FALLBACK)).toBe('https://shop.example.com');
  });

  it('takes the first of several forwarded values (proxies in a chain)', () => {
    const headers = new Headers({
      'x-forwarded-host': 'a.example, b.internal',
      'x-forwarded-proto': 'http, https',
    });
    expect(requestOrigin(headers, FALLBACK)).toBe('http://a.example');
  });

  it('reads the Host header without a proxy, with a port or an IPv6 address', () => {
    expect(
      requestOrigin(new Headers({ host: 'localhost:3270', 'x-forwarded-proto': 'http' }), FALLBACK),
    ).toBe('http://localhost:3270');
    expect(requestOrigin(new Headers({ host: '[::1]:3000', 'x-forwarded-proto': 'http' }), FALLBACK)).toBe(
      'http://[::1]:3000',
    );
  });

  it('falls back to the configured origin for a host that is not a plain host, or none', () => {
    expect(requestOrigin(new Headers({ host: 'evil.example/"><script>' }), FALLBACK)).toBe(
      'https://facet.workshop.example',
    );
    expect(requestOrigin(new Headers(), FALLBACK)).toBe('https://facet.workshop.example');
  });

  it('keeps the configured scheme when the proxy names none or a strange one', () => {
    expect(
      requestOrigin(new Headers({ host: 'shop.example.com', 'x-forwarded-proto': 'gopher' }), FALLBACK),
    ).toBe('https://shop.example.com');
  });
});
