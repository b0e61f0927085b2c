import { listApiRequests } from '@facet/core/partners/api-request-log';
import { listRequestsOperation } from '@/server/partner-api/contract/requests';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller, query }) => ({
    status: 200,
    body: await listApiRequests(db, caller.actor, caller.partnerId, query),
  }),
  listRequestsOperation,
);

const refused = methodNotAllowed('/api/v1/requests', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
