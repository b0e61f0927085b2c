import type { Db } from '@facet/db/client';
import { ROLES } from '@facet/db/enums';
import { users } from '@facet/db/schema/identity';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { type TUser, toUserDto } from '../identity/user-dto';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertAdmin } from './assert-admin';

export const ZCreateUserInput = z.object({
  name: z.string().trim().min(2, fieldMessage('admin.user-name-short')).max(120),
  email: z.string().trim().toLowerCase().email(fieldMessage('account.email-invalid')),
  role: z.enum(ROLES, { message: fieldMessage('admin.role-missing') }),
  /** Given to the person to sign in the first time; they should change it. */
  temporaryPassword: z
    .string()
    .min(12, fieldMessage('admin.temporary-password-short'))
    .max(200, fieldMessage('account.password-long')),
});
export type TCreateUserInput = z.input<typeof ZCreateUserInput>;

/** Creates an account with a role. The caller hashes the temporary password (packages/auth). */
export async function createUser(
  db: Db,
  actor: Actor,
  input: Omit<z.output<typeof ZCreateUserInput>, 'temporaryPassword'> & { passwordHash: string },
): Promise<TUser> {
  assertAdmin(actor);
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, role: input.role, passwordHash: input.passwordHash })
    .onConflictDoNothing()
    .returning();
  if (!user) {
    throw new DomainError('CONFLICT', domainMessage('admin.email-taken'), { field: 'email' });
  }
  return toUserDto(user);
}
