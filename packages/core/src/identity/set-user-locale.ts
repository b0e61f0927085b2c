import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { eq } from 'drizzle-orm';
import { type Locale, ZLocale } from '../i18n/locale';

/** A signed-in user keeps the language they chose, on every device they sign in from. */
export async function setUserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db
    .update(users)
    .set({ locale: ZLocale.parse(locale) })
    .where(eq(users.id, userId));
}
