import { describe, expect, it } from 'vitest';
import { pageContentSecurityPolicy } from './security-headers';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('pageContentSecurityPolicy', () => {
  const policy = directives(
    pageContentSecurityPolicy({ nonce: 'abc123', realtimeUrl: 'https://rt.facet.example', dev: false }),
  );

  it('lets scripts run only with the nonce, never inline or eval in production', () => {
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'nonce-abc123'",
      "'strict-dynamic'",
      "'wasm-unsafe-eval'",
    ]);
  });

  it('lets the consoles reach the realtime server over HTTPS and WebSocket', () => {
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://rt.facet.example',
      'wss://rt.facet.example',
    ]);
  });

  it('forbids framing, plugins and foreign form targets', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
  });
});
