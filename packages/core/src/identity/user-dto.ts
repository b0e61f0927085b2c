import { ROLES } from '@facet/db/enums';
import type { users } from '@facet/db/schema/identity';
import { z } from 'zod';

export const ZUser = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  disabled: z.boolean(),
  createdAt: z.date(),
  lastSignInAt: z.date().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export function toUserDto(user: typeof users.$inferSelect): TUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
  };
}
