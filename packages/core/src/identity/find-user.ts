import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { eq, sql } from 'drizzle-orm';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email.trim().toLowerCase()) });
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export async function recordSignIn(db: Db, id: string): Promise<void> {
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, id));
}
