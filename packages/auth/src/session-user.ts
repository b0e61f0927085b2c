import { findUserById } from '@facet/core/identity/find-user';
import type { Actor } from '@facet/core/shared/actor';
import type { Db } from '@facet/db/client';
import type { Role } from '@facet/db/enums';

/** What the web app and the realtime server know about the person behind a session. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The language the user chose; null: the browser's. */
  locale?: string | null;
}

/** The claims our next-auth JWT carries. */
export interface SessionClaims {
  sub?: string;
  sv?: number;
}

const CACHE_MS = 5_000;
const cache = new Map<string, { user: SessionUser | null; at: number }>();

/**
 * Turns session claims into the current user, or null when the user was disabled or their
 * sessions were ended (session version bumped). Cached for a few seconds per process.
 */
export async function loadSessionUser(
  db: Db,
  claims: SessionClaims | null | undefined,
): Promise<SessionUser | null> {
  if (!claims?.sub) return null;
  const key = `${claims.sub}:${claims.sv ?? 0}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.user;
  const row = await findUserById(db, claims.sub);
  const user =
    row && !row.disabledAt && row.sessionVersion === claims.sv
      ? { id: row.id, name: row.name, email: row.email, role: row.role, locale: row.locale }
      : null;
  cache.set(key, { user, at: Date.now() });
  if (cache.size > 10_000) cache.clear();
  return user;
}

/** Drops what this process cached about a user, so their next request reads their row again. */
export function forgetSessionUser(userId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${userId}:`)) cache.delete(key);
}

export function actorForUser(user: SessionUser): Actor {
  return { kind: 'user', userId: user.id, role: user.role, name: user.name };
}
