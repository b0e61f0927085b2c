import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { type TUser, toUserDto } from '../identity/user-dto';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertAdmin } from './assert-admin';

export const ZSetUserDisabledInput = z.object({ userId: z.string().uuid(), disabled: z.boolean() });
export type TSetUserDisabledInput = z.input<typeof ZSetUserDisabledInput>;

/**
 * Disables an account (every session of it ends at once: the session version is bumped) or enables it
 * again (the person signs in afresh).
 */
export async function setUserDisabled(db: Db, actor: Actor, rawInput: TSetUserDisabledInput): Promise<TUser> {
  assertAdmin(actor);
  const input = ZSetUserDisabledInput.parse(rawInput);
  if (input.userId === actor.userId && input.disabled) {
    throw new DomainError('CONFLICT', domainMessage('admin.cannot-disable-self'));
  }
  const [user] = await db
    .update(users)
    .set(
      input.disabled
        ? {
            disabledAt: sql`coalesce(${users.disabledAt}, now())`,
            sessionVersion: sql`${users.sessionVersion} + 1`,
          }
        : { disabledAt: null },
    )
    .where(eq(users.id, input.userId))
    .returning();
  if (!user) throw new DomainError('NOT_FOUND', domainMessage('admin.user-not-found'));
  return toUserDto(user);
}
