import { createTRPCRouter } from '../../trpc';
import { alloysRouter } from './alloys-router';
import { earningsRouter } from './earnings-router';
import { stonesRouter } from './stones-router';
import { usersRouter } from './users-router';
import { webhookNetworksRouter } from './webhook-networks-router';

/** The administrators' surface (/admin). Health and queues are served by the web app's admin pages. */
export const adminRouter = createTRPCRouter({
  users: usersRouter,
  alloys: alloysRouter,
  earnings: earningsRouter,
  webhookNetworks: webhookNetworksRouter,
  stones: stonesRouter,
});
