import { Readable } from 'node:stream';
import { attachmentDisposition } from '@facet/core/storage/attachment-disposition';
import { verifyDownload } from '@facet/core/storage/url-signature';
import { env } from '@/env';
import { observeRoute } from '@/server/observability/observe-route';
import { problem } from '@/server/problem';
import { getStorage } from '@/server/storage';

/** Serves a locally stored file to whoever holds a valid, unexpired signed link. */
export const GET = observeRoute('/api/files', async (request) => {
  const params = new URL(request.url).searchParams;
  const key = params.get('key') ?? '';
  const expiresAt = Number(params.get('exp'));
  if (!verifyDownload(env().NEXTAUTH_SECRET, key, expiresAt, params.get('sig') ?? '')) {
    return problem(
      403,
      'link expired',
      'This download link is invalid or has expired. Open the order again for a new one.',
    );
  }
  const stream = Readable.toWeb(await getStorage().getStream(key)) as ReadableStream;
  return new Response(stream, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': attachmentDisposition(params.get('name') ?? 'model'),
    },
  });
});
