import { MAX_MODEL_BYTES, uploadModel } from '@facet/core/models/upload-model';
import { getPartnerModel } from '@facet/core/partners/get-partner-model';
import { uploadModelOperation } from '@/server/partner-api/contract/models';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { readModelUpload } from '@/server/partner-api/read-upload';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';
import { getStorage } from '@/server/storage';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(async ({ db, caller, request, query, locale }) => {
  const upload = await readModelUpload(request, MAX_MODEL_BYTES);
  const model = await uploadModel({ db, storage: getStorage() }, caller.actor, {
    fileName: query.filename ?? upload.fileName,
    body: upload.body,
    maxBytes: MAX_MODEL_BYTES,
  });
  return {
    status: 201,
    body: await getPartnerModel(db, caller.actor, model.id, { locale }),
    headers: { location: `/api/v1/models/${model.id}` },
  };
}, uploadModelOperation);

const refused = methodNotAllowed('/api/v1/models', ['POST']);

export { refused as GET, refused as PUT, refused as PATCH, refused as DELETE };
