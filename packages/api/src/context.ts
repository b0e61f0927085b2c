import { actorForUser, type SessionUser } from '@facet/auth/session-user';
import type { Actor } from '@facet/core/shared/actor';
import type { Db } from '@facet/db/client';

/** What every procedure can reach. Built per request by the web app. */
export interface ApiContext {
  db: Db;
  user: SessionUser | null;
  requestId: string;
}

export function actorOf(user: SessionUser): Actor {
  return actorForUser(user);
}
