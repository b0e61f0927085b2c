import { hashPassword } from '@facet/auth/password';
import { getMyAccount } from '@facet/core/identity/get-my-account';
import { registerCustomer, ZRegisterCustomerInput } from '@facet/core/identity/register-customer';
import { ZUser } from '@facet/core/identity/user-dto';
import { protectedProcedure } from '../../procedures';
import { createTRPCRouter, publicProcedure } from '../../trpc';

/** What anyone does about their own account, whatever their role. */
export const accountRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(ZRegisterCustomerInput)
    .output(ZUser)
    .mutation(async ({ ctx, input }) => {
      const passwordHash = await hashPassword(input.password);
      return registerCustomer(ctx.db, { name: input.name, email: input.email, passwordHash });
    }),

  get: protectedProcedure.output(ZUser).query(({ ctx }) => getMyAccount(ctx.db, ctx.user.id)),
});
