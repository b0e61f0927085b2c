import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { DomainError } from '../shared/errors';
import { type TUser, toUserDto } from './user-dto';

export const ZRegisterCustomerInput = z.object({
  name: z.string().trim().min(2, fieldMessage('account.name-short')).max(120),
  email: z.string().trim().toLowerCase().email(fieldMessage('account.email-invalid')),
  password: z
    .string()
    .min(10, fieldMessage('account.password-short'))
    .max(200, fieldMessage('account.password-long')),
});
export type TRegisterCustomerInput = z.infer<typeof ZRegisterCustomerInput>;

/** Creates a shopper's account. The caller hashes the password (packages/auth). */
export async function registerCustomer(
  db: Db,
  input: Omit<TRegisterCustomerInput, 'password'> & { passwordHash: string },
): Promise<TUser> {
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash: input.passwordHash, role: 'customer' })
    .onConflictDoNothing()
    .returning();
  if (!user) {
    throw new DomainError('CONFLICT', domainMessage('identity.email-registered'), {
      field: 'email',
    });
  }
  return toUserDto(user);
}
