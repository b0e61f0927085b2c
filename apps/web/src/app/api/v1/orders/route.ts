import { listPartnerOrders } from '@facet/core/partners/list-partner-orders';
import { placePartnerOrder } from '@facet/core/partners/place-partner-order';
import { createOrderOperation, listOrdersOperation } from '@/server/partner-api/contract/orders';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, body, locale }) => ({
    status: 201,
    body: await placePartnerOrder(db, caller.actor, body, { locale }),
  }),
  createOrderOperation,
);

export const GET = withPartnerApi(async ({ db, caller, query, locale }) => {
  const page = await listPartnerOrders(
    db,
    caller.actor,
    {
      status: query.status,
      updatedSince: query.updated_since ? new Date(query.updated_since) : undefined,
      externalRef: query.external_ref,
      cursor: query.cursor,
      limit: query.limit,
    },
    { locale },
  );
  return { status: 200, body: page };
}, listOrdersOperation);

const refused = methodNotAllowed('/api/v1/orders', ['GET', 'POST']);

export { refused as PUT, refused as PATCH, refused as DELETE };
