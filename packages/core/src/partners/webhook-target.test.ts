import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { guardedLookup, parseWebhookAllowList, refusalOf } from './webhook-target';

describe('which addresses webhooks may reach', () => {
  it('allows public unicast only, judging IPv4-mapped IPv6 as its IPv4', () => {
    expect(refusalOf('93.184.215.14')).toBeNull();
    expect(refusalOf('2606:4700::1111')).toBeNull();
    expect(refusalOf('::ffff:93.184.215.14')).toBeNull();
    expect(refusalOf('::ffff:169.254.169.254')).toMatch(/link-local/);
    expect(refusalOf('0x7f000001')).toMatch(/loopback/);
    expect(refusalOf('255.255.255.255')).toMatch(/broadcast/);
    expect(refusalOf('not-an-address')).toBe('not an IP address');
  });

  it('lets an allow-listed network through, and only that one', () => {
    const allowList = parseWebhookAllowList(' 10.20.0.0/16, 127.0.0.1 ,fd12::/64');
    expect(allowList).toEqual(['10.20.0.0/16', '127.0.0.1/32', 'fd12::/64']);
    expect(refusalOf('10.20.3.4', allowList)).toBeNull();
    expect(refusalOf('::ffff:127.0.0.1', allowList)).toBeNull();
    expect(refusalOf('fd12::5', allowList)).toBeNull();
    expect(refusalOf('10.21.0.1', allowList)).toMatch(/private/);
    expect(refusalOf('127.0.0.2', allowList)).toMatch(/loopback/);
    expect(() => parseWebhookAllowList('10.0.0.0/99')).toThrow('"10.0.0.0/99" is not an address');
    expect(parseWebhookAllowList(undefined)).toEqual([]);
  });

  it('checks what the connection will use and hands over exactly that (no rebinding between)', async () => {
    const answers: LookupAddress[][] = [
      [{ address: '93.184.215.14', family: 4 }],
      [{ address: '127.0.0.1', family: 4 }],
    ];
    const lookup = guardedLookup([], async () => answers.shift()!);
    const call = (options: { all?: boolean }) =>
      new Promise<{ error: Error | null; address: unknown }>((resolve) =>
        lookup('hooks.example', options, (error, address) => resolve({ error, address })),
      );
    expect(await call({ all: true })).toEqual({
      error: null,
      address: [{ address: '93.184.215.14', family: 4 }],
    });
    const rebound = await call({});
    expect(rebound.error?.message).toMatch(/loopback/);
    expect(rebound.address).toBe('');
  });
});
