/** A host as a browser would send it: a name or IPv4 address, or a bracketed IPv6 address, with a port. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin the caller reached us at (`https://shop.example.com`), from the proxy's
 * `X-Forwarded-Proto`/`X-Forwarded-Host` or the `Host` header, for texts that show the caller how to
 * call us again (the API docs' curl examples and try-it console). A header that is not a plain host
 * gives the configured public URL's origin instead.
 */
export function requestOrigin(headers: Headers, fallbackUrl: string): string {
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  const protocol = firstValue(headers.get('x-forwarded-proto'))?.toLowerCase();
  if (!host || !HOST.test(host)) return new URL(fallbackUrl).origin;
  const scheme =
    protocol === 'https' || protocol === 'http' ? protocol : new URL(fallbackUrl).protocol.slice(0, -1);
  return `${scheme}://${host}`;
}

function firstValue(header: string | null): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value ? value : undefined;
}
