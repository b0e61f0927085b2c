import { createTRPCRouter } from '../../trpc';
import { alloysRouter } from './alloys-router';
import { usersRouter } from './users-router';

/** The administrators' surface (/admin). Health and queues are served by the web app's admin pages. */
export const adminRouter = createTRPCRouter({
  users: usersRouter,
  alloys: alloysRouter,
});
