import { listMaterials } from '@facet/core/partners/list-materials';
import { listMaterialsOperation } from '@/server/partner-api/contract/materials';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db }) => ({ status: 200, body: await listMaterials(db) }),
  listMaterialsOperation,
);

const refused = methodNotAllowed('/api/v1/materials', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
