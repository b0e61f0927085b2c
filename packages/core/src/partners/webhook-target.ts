import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';

/**
 * Networks an admin lets webhooks reach although they are not public (an on-premises receiver), as
 * CIDRs: `10.20.0.0/16`, `127.0.0.1/32`, `fd12::/64`. Empty by default: public addresses only.
 */
export type WebhookAllowList = readonly string[];

/** Parses `WEBHOOK_ALLOWED_NETWORKS` (comma-separated CIDRs or single addresses); throws naming the bad entry. */
export function parseWebhookAllowList(raw: string | undefined): WebhookAllowList {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry) => {
    try {
      if (entry.includes('/')) {
        const [network, bits] = ipaddr.parseCIDR(entry);
        return `${network.toString()}/${bits}`;
      }
      const address = ipaddr.parse(entry);
      return `${address.toString()}/${address.kind() === 'ipv4' ? 32 : 128}`;
    } catch {
      throw new Error(renderDomainMessage(domainMessage('webhook.network-unreadable', { entry }), 'en'));
    }
  });
}

/** What each refused kind of address is called in a refusal. */
const REFUSED_RANGES: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private network address (RFC 1918)',
  linkLocal: 'a link-local address (this includes cloud metadata services such as 169.254.169.254)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  uniqueLocal: 'a unique-local IPv6 address (fc00::/7)',
  reserved: 'a reserved address',
};

/**
 * Why an address may not receive webhooks, or null when it may: only public unicast addresses do,
 * besides the allow-list. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 it carries.
 */
export function refusalOf(address: string, allowList: WebhookAllowList = []): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  const parsed = ipaddr.process(address);
  for (const cidr of allowList) {
    const [network, bits] = ipaddr.parseCIDR(cidr);
    if (network.kind() === parsed.kind() && parsed.match(network, bits)) return null;
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  return REFUSED_RANGES[range] ?? `a special-purpose address (${range})`;
}

type Resolve = (host: string) => Promise<LookupAddress[]>;

const resolveAll: Resolve = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

/** The host of a URL as a bare name or address (`[::1]` → `::1`); the URL parser already turned 0x7f000001 into 127.0.0.1. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * At registration: refuses a URL whose host is, or resolves to, an address webhooks may not reach,
 * naming the rule (422). A name that does not resolve now is accepted: delivery checks again anyway.
 */
export async function assertWebhookTargetAllowed(
  url: string,
  allowList: WebhookAllowList = [],
  resolve: Resolve = resolveAll,
): Promise<void> {
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await resolve(host)).map((entry) => entry.address);
    } catch {
      return;
    }
  }
  for (const address of addresses) {
    const refusal = refusalOf(address, allowList);
    if (refusal) {
      throw new DomainError(
        'UNPROCESSABLE',
        domainMessage('webhook.target-not-public', { host, address, rule: refusal }),
        { field: 'url', rule: refusal },
      );
    }
  }
}

/** Thrown by the connect-time look-up; the delivery log says what was refused, never where. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
  readonly code = 'EWEBHOOKTARGET';
  constructor(readonly refusal: string) {
    super(`The endpoint's address is ${refusal}; webhooks only go to public addresses.`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for the connection that makes a delivery: resolves once, refuses the connection if any
 * address is not allowed, and hands the socket exactly the addresses it checked — so a name that
 * resolves elsewhere a moment later (DNS rebinding) cannot slip between the check and the connect.
 */
export function guardedLookup(allowList: WebhookAllowList = [], resolve: Resolve = resolveAll) {
  return (host: string, options: { all?: boolean } | number, callback: LookupCallback) => {
    resolve(host).then(
      (addresses) => {
        const refused = addresses.map((entry) => refusalOf(entry.address, allowList)).find(Boolean);
        if (refused) return callback(new WebhookTargetRefused(refused), '');
        if (typeof options === 'object' && options.all) return callback(null, addresses);
        const [first] = addresses;
        if (!first) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '');
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

/** Before connecting to an address given literally in the URL, where no look-up happens. */
export function literalAddressRefusal(url: string, allowList: WebhookAllowList = []): string | null {
  const host = hostOf(url);
  return isIP(host) ? refusalOf(host, allowList) : null;
}

/** `WEBHOOK_ALLOWED_NETWORKS`, validated at start-up by every app that registers or sends webhooks. */
export const ZWebhookTargetEnv = z.object({
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .optional()
    .transform((raw, context): WebhookAllowList => {
      try {
        return parseWebhookAllowList(raw);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          message: `WEBHOOK_ALLOWED_NETWORKS: ${(error as Error).message}`,
        });
        return z.NEVER;
      }
    }),
});
