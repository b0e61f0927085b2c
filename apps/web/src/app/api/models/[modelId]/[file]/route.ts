import { Readable } from 'node:stream';
import { actorForUser } from '@facet/auth/session-user';
import { getModel } from '@facet/core/models/get-model';
import { attachmentDisposition } from '@facet/core/storage/attachment-disposition';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { observeRoute } from '@/server/observability/observe-route';
import { problem, problemFromError } from '@/server/problem';
import { getStorage } from '@/server/storage';

const DOWNLOAD_LINK_SECONDS = 300;

/**
 * A model's files, for whoever may see the model: `preview.png` (thumbnail), `preview.glb` (light
 * mesh for the viewer), `original` (the uploaded file) and `download` (a short-lived signed link).
 */
export const GET = observeRoute(
  '/api/models/[modelId]/[file]',
  async (request, context: { params: Promise<{ modelId: string; file: string }> }, scope) => {
    const { modelId, file } = await context.params;
    scope.annotate({ modelId, file });
    const user = await getSessionUser();
    if (!user) return problem(401, 'unauthenticated', 'Sign in to see this file.');
    scope.annotate({ userId: user.id });
    try {
      const model = await getModel(getDb(), actorForUser(user), modelId);
      const storage = getStorage();
      switch (file) {
        case 'preview.png':
        case 'preview.glb': {
          const key = file === 'preview.png' ? model.previewPngKey : model.previewGlbKey;
          if (!key) return problem(404, 'not ready', 'The preview is still being made.');
          const stream = Readable.toWeb(await storage.getStream(key)) as ReadableStream;
          return new Response(stream, {
            headers: {
              'content-type': file === 'preview.png' ? 'image/png' : 'model/gltf-binary',
              // Preview keys are content hashes: a key never changes what it holds.
              'cache-control': 'private, max-age=31536000, immutable',
            },
          });
        }
        case 'original': {
          const stream = Readable.toWeb(await storage.getStream(model.fileKey)) as ReadableStream;
          return new Response(stream, {
            headers: {
              'content-type': 'application/octet-stream',
              'content-length': String(model.sizeBytes),
              'content-disposition': attachmentDisposition(model.originalName),
            },
          });
        }
        case 'download': {
          const url = await storage.signedDownloadUrl(model.fileKey, {
            expiresInS: DOWNLOAD_LINK_SECONDS,
            fileName: model.originalName,
          });
          return Response.redirect(new URL(url, request.url), 302);
        }
        default:
          return problem(404, 'not found', `No file "${file}" for a model.`);
      }
    } catch (error) {
      return problemFromError(error, scope);
    }
  },
);
