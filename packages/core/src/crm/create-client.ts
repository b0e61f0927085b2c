import type { Db } from '@facet/db/client';
import { clients } from '@facet/db/schema/crm';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TCreateClientInput, ZCreateClientInput } from './client-input';

/** Adds a person or a company to the CRM; returns the new client's id. */
export async function createClient(
  db: Db,
  actor: Actor,
  rawInput: TCreateClientInput,
): Promise<{ id: string }> {
  assertSeller(actor);
  const input = ZCreateClientInput.parse(rawInput);
  const [row] = await db
    .insert(clients)
    .values({
      kind: input.kind,
      name: input.name,
      email: input.email,
      phone: input.phone,
      companyName: input.companyName,
    })
    .returning({ id: clients.id });
  if (!row) throw new Error('Client insert returned nothing');
  return row;
}
