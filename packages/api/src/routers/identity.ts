import { hashPassword } from '@facet/auth/password';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { findUserById } from '@facet/core/identity/find-user';
import { registerCustomer, ZRegisterCustomerInput } from '@facet/core/identity/register-customer';
import { toUserDto, ZUser } from '@facet/core/identity/user-dto';
import { DomainError } from '@facet/core/shared/errors';
import { protectedProcedure } from '../procedures';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const identityRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZRegisterCustomerInput)
    .output(ZUser)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      return registerCustomer(ctx.db, { name: input.name, email: input.email, passwordHash });
    }),

  me: protectedProcedure.output(ZUser).query(async ({ ctx }) => {
    const user = await findUserById(ctx.db, ctx.user.id);
    if (!user) throw new DomainError('NOT_FOUND', domainMessage('identity.account-gone'));
    return toUserDto(user);
  }),
});
