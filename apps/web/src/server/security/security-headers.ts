/**
 * The security headers of every response, in one place: next.config.ts sets the static ones on every
 * path, the proxy sets each page's Content-Security-Policy with a fresh nonce.
 */

/** Headers for every response: pages, API, files. */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];

/** API answers are data, never a document: nothing may run, load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The queue dashboard (bull-board) loads its own scripts and one inline style, nothing from elsewhere. */
export const QUEUE_BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  // bull-board's page sets <base href> to its own path, which its assets are relative to.
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

/**
 * A page's policy. Scripts run only with this response's nonce (Next adds it to its own scripts) and
 * what they load ('strict-dynamic'); the 3D viewers decode meshopt-compressed GLB with WebAssembly
 * ('wasm-unsafe-eval', not 'unsafe-eval') and make textures from blob: URLs; the consoles connect to
 * the realtime server. Inline style attributes (React, charts, toasts) need 'unsafe-inline' for styles.
 */
export function pageContentSecurityPolicy(options: {
  nonce: string;
  realtimeUrl: string;
  dev: boolean;
}): string {
  const realtime = new URL(options.realtimeUrl);
  const realtimeWs = `${realtime.protocol === 'https:' ? 'wss:' : 'ws:'}//${realtime.host}`;
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${realtime.origin} ${realtimeWs}${options.dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
