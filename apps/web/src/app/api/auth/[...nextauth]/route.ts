import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth';
import { observeRoute } from '@/server/observability/observe-route';

type AuthHandler = (request: Request, context: unknown) => Promise<Response>;
let handler: AuthHandler | undefined;

/** Built on first use, so the build never needs the runtime environment. */
const authHandler = observeRoute('/api/auth/[...nextauth]', (request, context: unknown) => {
  handler ??= NextAuth(authOptions()) as AuthHandler;
  return handler(request, context);
});

export { authHandler as GET, authHandler as POST };
