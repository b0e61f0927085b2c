import { type DomainMessage, domainMessage } from '@facet/core/i18n/domain-messages';
import { DOMAIN_ERRORS, DomainError } from '@facet/core/shared/errors';
import type { Role } from '@facet/db/enums';
import { TRPCError } from '@trpc/server';
import { actorOf } from './context';
import { middleware, publicProcedure } from './trpc';

/** Signed in, any role. Adds the actor the use cases need. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw refusal('UNAUTHENTICATED', domainMessage('session.sign-in-needed'));
  return next({ ctx: { ...ctx, user: ctx.user, actor: actorOf(ctx.user) } });
});

export function requireRole(...roles: Role[]) {
  return middleware(({ ctx, next }) => {
    if (!ctx.user || !roles.includes(ctx.user.role)) {
      throw refusal('FORBIDDEN', domainMessage('session.role-not-allowed'));
    }
    return next();
  });
}

export const customerProcedure = protectedProcedure.use(requireRole('customer'));
export const sellerProcedure = protectedProcedure.use(requireRole('seller', 'admin'));
export const operatorProcedure = protectedProcedure.use(requireRole('operator', 'admin'));
export const adminProcedure = protectedProcedure.use(requireRole('admin'));

/** A refusal of the gate itself, carried as a domain error so it is said in the caller's language. */
function refusal(code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: DomainMessage): TRPCError {
  const cause = new DomainError(code, message);
  return new TRPCError({ code: DOMAIN_ERRORS[code].trpcCode, message: cause.message, cause });
}
