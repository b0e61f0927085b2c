import type { Db } from '@facet/db/client';
import { clientNotes } from '@facet/db/schema/crm';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TClientNoteInput, ZClientNoteInput } from './client-input';
import { findClient } from './find-client';

/** A seller's note on a client; it shows in the client's activity timeline. */
export async function addClientNote(
  db: Db,
  actor: Actor,
  rawInput: TClientNoteInput,
): Promise<{ id: string }> {
  assertSeller(actor);
  const input = ZClientNoteInput.parse(rawInput);
  await findClient(db, input.clientId);
  const [row] = await db
    .insert(clientNotes)
    .values({ clientId: input.clientId, authorId: actor.userId, body: input.body })
    .returning({ id: clientNotes.id });
  if (!row) throw new Error('Note insert returned nothing');
  return row;
}
