import { loadSessionUser, type SessionUser } from '@facet/auth/session-user';
import type { Db } from '@facet/db/client';
import { parse } from 'cookie';
import { decode } from 'next-auth/jwt';

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The user behind the web app's session cookie, or null for anonymous, expired or ended sessions. */
export async function authenticateHandshake(
  db: Db,
  secret: string,
  cookieHeader: string | undefined,
): Promise<SessionUser | null> {
  if (!cookieHeader) return null;
  const cookies = parse(cookieHeader);
  const token = SESSION_COOKIES.map((name) => cookies[name]).find(Boolean);
  if (!token) return null;
  try {
    const claims = await decode({ token, secret });
    return loadSessionUser(
      db,
      claims ? { sub: claims.sub, sv: typeof claims.sv === 'number' ? claims.sv : undefined } : null,
    );
  } catch {
    return null;
  }
}
