import 'server-only';
import { createAuthOptions } from '@facet/auth/next-auth-options';
import { canOpenSurface, type Surface } from '@facet/auth/roles';
import { loadSessionUser, type SessionUser } from '@facet/auth/session-user';
import { createSignInThrottle } from '@facet/auth/sign-in-throttle';
import { forbidden, redirect } from 'next/navigation';
import { connection } from 'next/server';
import type { NextAuthOptions } from 'next-auth';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { env } from '@/env';
import { getDb } from './db';
import { webLogger } from './observability/observe-route';
import { getRateLimitRedis } from './partner-api/rate-limit-redis';

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (!options) {
    const settings = env();
    const throttle = createSignInThrottle({
      redis: getRateLimitRedis(),
      keyPrefix: settings.REDIS_PREFIX,
      logger: webLogger(),
      limits: {
        maxFailuresPerAccount: settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
        maxFailuresPerAddress: settings.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
        lockoutS: settings.SIGN_IN_LOCKOUT_MINUTES * 60,
      },
    });
    options = createAuthOptions(getDb(), settings.NEXTAUTH_SECRET, { throttle });
  }
  return options;
}

/** The signed-in user, or null; a disabled user or an ended session counts as signed out. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  if (!session) return null;
  return loadSessionUser(getDb(), { sub: session.user.id, sv: session.user.sv });
});

/** For pages: sends a visitor to sign in, and answers 403 to a role that may not open the surface. */
export async function requireSurface(surface: Surface, path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!canOpenSurface(user.role, surface)) forbidden();
  return user;
}
