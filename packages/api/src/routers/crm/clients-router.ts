import { addClientNote } from '@facet/core/crm/add-client-note';
import { addContact } from '@facet/core/crm/add-contact';
import { ZClientActivity } from '@facet/core/crm/client-activity-dto';
import { ZClient, ZContact } from '@facet/core/crm/client-dto';
import {
  ZClientNoteInput,
  ZContactInput,
  ZCreateClientInput,
  ZUpdateClientInput,
} from '@facet/core/crm/client-input';
import { createClient } from '@facet/core/crm/create-client';
import { getClient } from '@facet/core/crm/get-client';
import { listClientActivity, ZListClientActivityInput } from '@facet/core/crm/list-client-activity';
import { listClientOrders, ZListClientOrdersInput } from '@facet/core/crm/list-client-orders';
import { removeContact } from '@facet/core/crm/remove-contact';
import { searchClients, ZClientPage, ZSearchClientsInput } from '@facet/core/crm/search-clients';
import { ZSellerOrder } from '@facet/core/crm/seller-order-dto';
import { updateClient } from '@facet/core/crm/update-client';
import { z } from 'zod';
import { readerOf } from '../../context';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

const ZClientRef = z.object({ clientId: z.string().uuid() });
const ZCreated = z.object({ id: z.string().uuid() });

export const clientsRouter = createTRPCRouter({
  search: sellerProcedure
    .input(ZSearchClientsInput)
    .output(ZClientPage)
    .query(({ ctx, input }) => searchClients(readerOf(ctx), ctx.actor, input)),

  get: sellerProcedure
    .input(ZClientRef)
    .output(ZClient)
    .query(({ ctx, input }) => getClient(ctx.db, ctx.actor, input.clientId)),

  listOrders: sellerProcedure
    .input(ZListClientOrdersInput)
    .output(z.object({ items: z.array(ZSellerOrder), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listClientOrders(readerOf(ctx), ctx.actor, input)),

  listActivity: sellerProcedure
    .input(ZListClientActivityInput)
    .output(z.object({ items: z.array(ZClientActivity), nextCursor: z.date().nullable() }))
    .query(({ ctx, input }) => listClientActivity(ctx.db, ctx.actor, input)),

  create: sellerProcedure
    .input(ZCreateClientInput)
    .output(ZCreated)
    .mutation(({ ctx, input }) => createClient(ctx.db, ctx.actor, input)),

  update: sellerProcedure
    .input(ZUpdateClientInput)
    .output(ZCreated)
    .mutation(({ ctx, input }) => updateClient(ctx.db, ctx.actor, input)),

  addNote: sellerProcedure
    .input(ZClientNoteInput)
    .output(ZCreated)
    .mutation(({ ctx, input }) => addClientNote(ctx.db, ctx.actor, input)),

  addContact: sellerProcedure
    .input(ZContactInput)
    .output(ZContact)
    .mutation(({ ctx, input }) => addContact(ctx.db, ctx.actor, input)),

  removeContact: sellerProcedure
    .input(z.object({ contactId: z.string().uuid() }))
    .output(ZCreated)
    .mutation(({ ctx, input }) => removeContact(ctx.db, ctx.actor, input.contactId)),
});
