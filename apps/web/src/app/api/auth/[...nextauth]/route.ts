import { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth';
import { readBoundedBody, withBody } from '@/server/http/bounded-body';
import { observeRoute } from '@/server/observability/observe-route';
import { problemFromError } from '@/server/problem';

/** A sign-in form (email, password, CSRF token, callback URL) is well under a kilobyte. */
const MAX_AUTH_BODY_BYTES = 16 * 1024;

type AuthHandler = (request: Request, context: unknown) => Promise<Response>;
let handler: AuthHandler | undefined;

/** Built on first use, so the build never needs the runtime environment. */
const authHandler = observeRoute('/api/auth/[...nextauth]', async (request, context: unknown, scope) => {
  handler ??= NextAuth(authOptions()) as AuthHandler;
  if (request.method !== 'POST') return handler(request, context);
  try {
    // A NextRequest again: next-auth reads `nextUrl`.
    const body = await readBoundedBody(request, MAX_AUTH_BODY_BYTES);
    return handler(new NextRequest(withBody(request, body)), context);
  } catch (error) {
    return problemFromError(error, scope);
  }
});

export { authHandler as GET, authHandler as POST };
