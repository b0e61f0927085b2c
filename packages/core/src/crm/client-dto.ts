import { CLIENT_KINDS } from '@facet/db/enums';
import type { clients, contacts } from '@facet/db/schema/crm';
import { z } from 'zod';

export const ZClientSummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(CLIENT_KINDS),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  companyName: z.string().nullable(),
  isPartner: z.boolean(),
  createdAt: z.date(),
});
export type TClientSummary = z.infer<typeof ZClientSummary>;

export const ZContact = z.object({
  id: z.string().uuid(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZClientPartner = z.object({
  id: z.string().uuid(),
  name: z.string(),
  rateLimitTier: z.string(),
  createdAt: z.date(),
});

export const ZClient = ZClientSummary.extend({
  /** The client signs in to the shop with this account. */
  hasShopAccount: z.boolean(),
  partner: ZClientPartner.nullable(),
  contacts: z.array(ZContact),
  updatedAt: z.date(),
});
export type TClient = z.infer<typeof ZClient>;

type ClientRow = typeof clients.$inferSelect;

export function toClientSummary(row: ClientRow, isPartner: boolean): TClientSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    email: row.email,
    phone: row.phone,
    companyName: row.companyName,
    isPartner,
    createdAt: row.createdAt,
  };
}

export function toContactDto(row: typeof contacts.$inferSelect): TContact {
  return { id: row.id, name: row.name, role: row.role, email: row.email, phone: row.phone };
}
