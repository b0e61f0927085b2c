import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { actorForUser } from '@facet/auth/session-user';
import { MAX_MODEL_BYTES, uploadModel } from '@facet/core/models/upload-model';
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
    return problem(
      413,
      'file too large',
      `The file is larger than the ${MAX_MODEL_BYTES / 1024 / 1024} MiB we accept.`,
      {
        field: 'file',
      },
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
