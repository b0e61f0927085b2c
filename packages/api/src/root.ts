import { accountRouter } from './routers/account/account-router';
import { adminRouter } from './routers/admin/admin-router';
import { crmRouter } from './routers/crm/crm-router';
import { mesRouter } from './routers/mes/mes-router';
import { shopRouter } from './routers/shop/shop-router';
import { createTRPCRouter } from './trpc';

/**
 * One router per surface, named for the people who call it: `shop` (shoppers and visitors), `crm`
 * (sellers), `mes` (operators), `admin` (administrators), and `account` (anyone, about themself).
 * Keys are verbs: queries `list…`/`get…`/`count…`, mutations what they do (`approve`, `claim`).
 */
export const appRouter = createTRPCRouter({
  shop: shopRouter,
  crm: crmRouter,
  mes: mesRouter,
  admin: adminRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
