import { adminRouter } from './routers/admin/admin-router';
import { catalogRouter } from './routers/catalog';
import { crmRouter } from './routers/crm/crm-router';
import { identityRouter } from './routers/identity';
import { mesRouter } from './routers/mes';
import { ordersRouter } from './routers/orders';
import { partnersRouter } from './routers/partners';
import { shopRouter } from './routers/shop/shop-router';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  admin: adminRouter,
  catalog: catalogRouter,
  crm: crmRouter,
  identity: identityRouter,
  mes: mesRouter,
  orders: ordersRouter,
  partners: partnersRouter,
  shop: shopRouter,
});

export type AppRouter = typeof appRouter;
