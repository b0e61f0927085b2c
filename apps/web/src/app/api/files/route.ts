import { Readable } from 'node:stream';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { DomainError } from '@facet/core/shared/errors';
import { attachmentDisposition } from '@facet/core/storage/attachment-disposition';
import { verifyDownload } from '@facet/core/storage/url-signature';
import { env } from '@/env';
import { observeRoute } from '@/server/observability/observe-route';
import { problemFromError } from '@/server/problem';
import { getStorage } from '@/server/storage';

/**
 * Serves a locally stored file to whoever holds a valid, unexpired signed link; a link that is not
 * is refused in the reader's language.
 */
export const GET = observeRoute('/api/files', async (request, _context, scope) => {
  const params = new URL(request.url).searchParams;
  const key = params.get('key') ?? '';
  const expiresAt = Number(params.get('exp'));
  if (!verifyDownload(env().NEXTAUTH_SECRET, key, expiresAt, params.get('sig') ?? '')) {
    return problemFromError(new DomainError('FORBIDDEN', domainMessage('download.link-expired')), scope);
  }
  const stream = Readable.toWeb(await getStorage().getStream(key)) as ReadableStream;
  return new Response(stream, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': attachmentDisposition(params.get('name') ?? 'model'),
    },
  });
});
