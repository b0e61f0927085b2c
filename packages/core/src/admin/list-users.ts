import type { Db } from '@facet/db/client';
import { ROLES } from '@facet/db/enums';
import { users } from '@facet/db/schema/identity';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { type TUser, toUserDto } from '../identity/user-dto';
import type { Actor } from '../shared/actor';
import { escapeLike } from '../shared/escape-like';
import { assertAdmin } from './assert-admin';

export const ZListUsersInput = z.object({
  query: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
});
export type TListUsersInput = z.input<typeof ZListUsersInput>;

/** The workshop's people and shoppers, by name; a search narrows by name or email. */
export async function listUsers(db: Db, actor: Actor, rawInput: TListUsersInput = {}): Promise<TUser[]> {
  assertAdmin(actor);
  const input = ZListUsersInput.parse(rawInput);
  const pattern = input.query ? `%${escapeLike(input.query)}%` : null;
  const rows = await db
    .select()
    .from(users)
    .where(
      and(
        input.role ? eq(users.role, input.role) : undefined,
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
  return rows.map(toUserDto);
}
