import { hashPassword } from '@facet/auth/password';
import { changeUserRole, ZChangeUserRoleInput } from '@facet/core/admin/change-user-role';
import { createUser, ZCreateUserInput } from '@facet/core/admin/create-user';
import { listUsers, ZListUsersInput } from '@facet/core/admin/list-users';
import { setUserDisabled, ZSetUserDisabledInput } from '@facet/core/admin/set-user-disabled';
import { ZUser } from '@facet/core/identity/user-dto';
import { z } from 'zod';
import { adminProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

export const usersRouter = createTRPCRouter({
  list: adminProcedure
    .input(ZListUsersInput)
    .output(z.array(ZUser))
    .query(({ ctx, input }) => listUsers(ctx.db, ctx.actor, input)),

  create: adminProcedure
    .input(ZCreateUserInput)
    .output(ZUser)
    .mutation(async ({ ctx, input }) => {
      const { temporaryPassword, ...person } = input;
      return createUser(ctx.db, ctx.actor, {
        ...person,
        passwordHash: await hashPassword(temporaryPassword),
      });
    }),

  changeRole: adminProcedure
    .input(ZChangeUserRoleInput)
    .output(ZUser)
    .mutation(({ ctx, input }) => changeUserRole(ctx.db, ctx.actor, input)),

  setDisabled: adminProcedure
    .input(ZSetUserDisabledInput)
    .output(ZUser)
    .mutation(({ ctx, input }) => setUserDisabled(ctx.db, ctx.actor, input)),
});
