import type { Db } from '@facet/db/client';
import { ROLES } from '@facet/db/enums';
import { users } from '@facet/db/schema/identity';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { type TUser, toUserDto } from '../identity/user-dto';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertAdmin } from './assert-admin';

export const ZChangeUserRoleInput = z.object({
  userId: z.string().uuid(),
  role: z.enum(ROLES, { message: fieldMessage('admin.role-missing') }),
});
export type TChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

/**
 * Gives a person another role. Their sessions end (the session version is bumped), so the new role
 * applies from their next sign-in and no open page keeps the old rights.
 */
export async function changeUserRole(db: Db, actor: Actor, rawInput: TChangeUserRoleInput): Promise<TUser> {
  assertAdmin(actor);
  const input = ZChangeUserRoleInput.parse(rawInput);
  if (input.userId === actor.userId && input.role !== 'admin') {
    throw new DomainError('CONFLICT', domainMessage('admin.cannot-drop-own-admin-role'), { field: 'role' });
  }
  const [user] = await db
    .update(users)
    .set({ role: input.role, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, input.userId))
    .returning();
  if (!user) throw new DomainError('NOT_FOUND', domainMessage('admin.user-not-found'));
  return toUserDto(user);
}
