import { listMaterials } from '@facet/core/partners/list-materials';
import { listMaterialsOperation } from '@/server/partner-api/contract/materials';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db }) => ({ status: 200, body: await listMaterials(db) }),
  listMaterialsOperation,
);
