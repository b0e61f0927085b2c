import { Readable } from 'node:stream';
import { actorForUser } from '@facet/auth/session-user';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { getModel } from '@facet/core/models/get-model';
import { DomainError } from '@facet/core/shared/errors';
import { attachmentDisposition } from '@facet/core/storage/attachment-disposition';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { observeRoute } from '@/server/observability/observe-route';
import { problemFromError } from '@/server/problem';
import { getStorage } from '@/server/storage';

const DOWNLOAD_LINK_SECONDS = 300;

/**
 * A model's files, for whoever may see the model: `preview.png` (thumbnail), `preview.glb` (light
 * mesh for the viewer), `original` (the uploaded file) and `download` (a short-lived signed link).
 * Refusals are said in the user's language.
 */
export const GET = observeRoute(
  '/api/models/[modelId]/[file]',
  async (request, context: { params: Promise<{ modelId: string; file: string }> }, scope) => {
    const { modelId, file } = await context.params;
    scope.annotate({ modelId, file });
    try {
      const user = await getSessionUser();
      if (!user) throw new DomainError('UNAUTHENTICATED', domainMessage('session.sign-in-to-see-file'));
      scope.annotate({ userId: user.id });
      const model = await getModel(getDb(), actorForUser(user), modelId);
      const storage = getStorage();
      switch (file) {
        case 'preview.png':
        case 'preview.glb': {
          const key = file === 'preview.png' ? model.previewPngKey : model.previewGlbKey;
          if (!key) throw new DomainError('NOT_FOUND', domainMessage('model.preview-not-ready'));
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
          throw new DomainError(
            'NOT_FOUND',
            domainMessage('model.file-unknown', { file: file.slice(0, 100) }),
          );
      }
    } catch (error) {
      return problemFromError(error, scope);
    }
  },
);
