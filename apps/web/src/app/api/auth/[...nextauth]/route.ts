import NextAuth from 'next-auth';
import { authOptions } from '@/server/auth';

type AuthHandler = (request: Request, context: unknown) => Promise<Response>;
let handler: AuthHandler | undefined;

/** Built on first use, so the build never needs the runtime environment. */
function authHandler(request: Request, context: unknown) {
  handler ??= NextAuth(authOptions()) as AuthHandler;
  return handler(request, context);
}

export { authHandler as GET, authHandler as POST };
