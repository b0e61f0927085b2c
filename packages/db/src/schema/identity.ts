import { sql } from 'drizzle-orm';
import { integer, pgEnum, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../enums';
import { createdAt, id } from './columns';
import { identitySchema } from './contexts';

export const roleEnum = pgEnum('role', ROLES);

export const users = identitySchema.table(
  'users',
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull().default('customer'),
    /** Bumped to end every session of the user (disable, role change). */
    sessionVersion: integer().notNull().default(1),
    disabledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** The language the user chose (`en`, `ru`); null: the browser's. */
    locale: text(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/**
 * Published for the other contexts (migration 0020): who a person is — to name an operator, a note's
 * author, who set a price — without the password hash, the session version or sign-in times.
 */
export const people = identitySchema
  .view('people', {
    id: uuid().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    role: roleEnum().notNull(),
  })
  .existing();
