import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { actorForUser } from '@facet/auth/session-user';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { MAX_MODEL_BYTES, uploadModel } from '@facet/core/models/upload-model';
import { DomainError } from '@facet/core/shared/errors';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { observeRoute } from '@/server/observability/observe-route';
import { problem, problemFromError } from '@/server/problem';
import { getStorage } from '@/server/storage';

/**
 * A model file from the shop or the CRM: the raw file as the request body (so the browser can show
 * upload progress), its name in `?name=`. Streamed to storage, never held whole in memory.
 */
export const POST = observeRoute('/api/uploads/models', async (request, _context, scope) => {
  const user = await getSessionUser();
  if (!user) return problem(401, 'unauthenticated', 'Sign in to upload a model.');
  scope.annotate({ userId: user.id });
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_MODEL_BYTES) {
    // The refusal the stream gives past the limit, said before the body is read.
    const tooLarge = domainMessage('model.file-too-large', {
      mib: Math.round(MAX_MODEL_BYTES / 1024 / 1024),
    });
    return problemFromError(
      new DomainError('PAYLOAD_TOO_LARGE', tooLarge, { field: 'file', limitBytes: MAX_MODEL_BYTES }),
      scope,
    );
  }
  if (!request.body) return problem(400, 'no file', 'The request carried no file.', { field: 'file' });
  try {
    const model = await uploadModel({ db: getDb(), storage: getStorage() }, actorForUser(user), {
      fileName: new URL(request.url).searchParams.get('name') ?? 'model',
      body: Readable.fromWeb(request.body as WebReadableStream<Uint8Array>),
    });
    scope.annotate({ modelId: model.id });
    return Response.json(model, { status: 201 });
  } catch (error) {
    return problemFromError(error, scope);
  }
});
