import type { Role } from '@facet/db/enums';
import { TRPCError } from '@trpc/server';
import { actorOf } from './context';
import { middleware, publicProcedure } from './trpc';

/** Signed in, any role. Adds the actor the use cases need. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in to continue.' });
  return next({ ctx: { ...ctx, user: ctx.user, actor: actorOf(ctx.user) } });
});

export function requireRole(...roles: Role[]) {
  return middleware(({ ctx, next }) => {
    if (!ctx.user || !roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role cannot do this.' });
    }
    return next();
  });
}

export const customerProcedure = protectedProcedure.use(requireRole('customer'));
export const sellerProcedure = protectedProcedure.use(requireRole('seller', 'admin'));
export const operatorProcedure = protectedProcedure.use(requireRole('operator', 'admin'));
export const adminProcedure = protectedProcedure.use(requireRole('admin'));
