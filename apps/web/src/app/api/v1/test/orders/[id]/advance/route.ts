import { advanceTestOrder } from '@facet/core/partners/advance-test-order';
import { advanceTestOrderOperation } from '@/server/partner-api/contract/sandbox';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, params, locale }) => ({
    status: 200,
    body: await advanceTestOrder(db, caller.actor, params.id, { locale }),
  }),
  advanceTestOrderOperation,
);

const refused = methodNotAllowed('/api/v1/test/orders/[id]/advance', ['POST']);

export { refused as GET, refused as PUT, refused as PATCH, refused as DELETE };
