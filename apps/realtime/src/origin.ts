/**
 * Whether a handshake may go on: a browser always sends `Origin`, and only the web app's own origins
 * are let in, so a page elsewhere cannot ride a signed-in visitor's cookie into the consoles
 * (cross-site WebSocket hijacking). A client without `Origin` is no browser and still needs a session.
 */
export function isAllowedOrigin(origin: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (origin === undefined) return true;
  return allowedOrigins.some((allowed) => allowed.replace(/\/+$/, '').toLowerCase() === origin.toLowerCase());
}
