import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CLIENT_KINDS } from '../enums';
import { createdAt, id, updatedAt } from './columns';
import { crmSchema } from './contexts';
import { users } from './identity';

export const clientKindEnum = pgEnum('client_kind', CLIENT_KINDS);

export const clients = crmSchema.table(
  'clients',
  {
    id: id(),
    kind: clientKindEnum().notNull(),
    name: text().notNull(),
    email: text(),
    phone: text(),
    companyName: text(),
    /** Digits of the phone number, so "12 34" finds "+33 6 12 34 56 78". */
    phoneDigits: text().generatedAlwaysAs(sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`),
    /** Lower-cased name, email and company, searched by trigram similarity. */
    searchText: text().generatedAlwaysAs(
      sql`lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(company_name, ''))`,
    ),
    /** The shop account this client signs in with, if any. */
    userId: uuid().references(() => users.id),
    /** The company behind the canary partner (core/canary): never listed to sellers. */
    isCanary: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('clients_user_idx').on(t.userId),
    uniqueIndex('clients_canary_key').on(t.isCanary).where(sql`${t.isCanary}`),
    index('clients_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('clients_name_idx').on(t.name, t.id),
    index('clients_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('clients_phone_trgm_idx').using('gin', sql`${t.phoneDigits} gin_trgm_ops`),
  ],
);

export const contacts = crmSchema.table(
  'contacts',
  {
    id: id(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    role: text(),
    email: text(),
    phone: text(),
    createdAt: createdAt(),
  },
  (t) => [index('contacts_client_idx').on(t.clientId)],
);

export const clientNotes = crmSchema.table(
  'client_notes',
  {
    id: id(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('client_notes_client_idx').on(t.clientId, t.createdAt.desc().nullsFirst())],
);
