import { getPartnerModel } from '@facet/core/partners/get-partner-model';
import { getModelOperation } from '@/server/partner-api/contract/models';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller, params, locale }) => ({
    status: 200,
    body: await getPartnerModel(db, caller.actor, params.id, { locale }),
  }),
  getModelOperation,
);

const refused = methodNotAllowed('/api/v1/models/[id]', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
