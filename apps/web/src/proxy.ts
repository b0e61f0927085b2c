import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/env';
import { notServedHere, servesPath } from '@/server/process-role';
import { pageContentSecurityPolicy } from '@/server/security/security-headers';

/**
 * Gives every page a Content-Security-Policy with a fresh nonce (Next reads it from the request and
 * puts it on its own scripts). Only pages pass through here: a proxy copies request bodies, and API
 * routes, uploads and the queue dashboard get their static headers from next.config.ts instead.
 */
export function proxy(request: NextRequest) {
  const settings = env();
  // A partner API process serves no page (API routes check the role in their own wrapper).
  if (!servesPath(settings.FACET_ROLE, request.nextUrl.pathname))
    return notServedHere(settings.FACET_ROLE, request);
  if (request.headers.has('next-router-prefetch')) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = pageContentSecurityPolicy({
    nonce,
    realtimeUrl: settings.NEXT_PUBLIC_REALTIME_URL,
    dev: settings.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Prefetches too: they need no nonce, but a partner API process must not render them either.
    '/((?!api/|admin/queues|_next/static|_next/image|favicon.ico).*)',
    '/api/docs',
  ],
};
