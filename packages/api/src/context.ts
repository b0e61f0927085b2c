import { actorForUser, type SessionUser } from '@facet/auth/session-user';
import type { Locale } from '@facet/core/i18n/locale';
import type { WebhookAllowList } from '@facet/core/partners/webhook-target';
import type { Actor } from '@facet/core/shared/actor';
import type { Db } from '@facet/db/client';

/** What every procedure can reach. Built per request by the web app. */
export interface ApiContext {
  /** The primary: every write, and every read that must see the latest write. */
  db: Db;
  /**
   * A read replica (`DATABASE_READ_URL`) for the CRM's reports and lists, which may lag the primary
   * by the replica's delay; the primary when there is none.
   */
  readDb?: Db;
  user: SessionUser | null;
  requestId: string;
  /** Non-public networks webhook endpoints may point to (WEBHOOK_ALLOWED_NETWORKS); none when absent. */
  webhookAllowList?: WebhookAllowList;
  /** The caller's language, for validation messages; English when absent. */
  locale?: Locale;
}

export function actorOf(user: SessionUser): Actor {
  return actorForUser(user);
}

/** Where reports and lists read: the replica when there is one, else the primary. */
export function readerOf(ctx: Pick<ApiContext, 'db' | 'readDb'>): Db {
  return ctx.readDb ?? ctx.db;
}
