import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { fileTooLarge } from '@facet/core/storage/limit-and-hash';
import busboy from 'busboy';
import { decodeExtended, parse as parseContentDisposition } from 'content-disposition';
import { type ApiProblem, fieldErrorOf, localizedProblem } from './problem';

/** Room for multipart boundaries and part headers on top of the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
const RAW_TYPES =
  /^(application\/octet-stream|model\/[\w.+-]+|application\/sla|application\/vnd\.ms-pki\.stl|application\/vnd\.ms-package\.3dmanufacturing-3dmodel\+xml|text\/plain)\s*(;|$)/i;

export interface ModelUpload {
  fileName: string;
  body: Readable;
}

/**
 * The uploaded file as a stream, never buffered whole: either the raw body (name from `?filename=`,
 * Content-Disposition or `X-File-Name`) or the `file` part of a multipart/form-data body. A declared
 * size over the limit is refused before reading; an undeclared one is cut off while streaming.
 */
export async function readModelUpload(request: Request, maxBytes: number): Promise<ModelUpload> {
  const type = request.headers.get('content-type') ?? '';
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const isMultipart = /^multipart\/form-data\s*;/i.test(type);
  if (declared > maxBytes + (isMultipart ? MULTIPART_OVERHEAD_BYTES : 0)) throw fileTooLarge(maxBytes);
  if (!request.body)
    throw localizedProblem(
      'validation-failed',
      domainMessage('model.no-file'),
      fieldErrorOf('file', 'api.required'),
    );
  const toStream = (body: ReadableStream<Uint8Array>) =>
    Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  if (isMultipart) return readMultipartFile(toStream(request.body), type, maxBytes);
  if (!RAW_TYPES.test(type)) {
    await request.body.cancel();
    throw localizedProblem(
      'unsupported-media-type',
      domainMessage('api.upload-type-unsupported', { got: type }),
    );
  }
  const fileName = rawFileName(request);
  return { fileName, body: toStream(request.body) };
}

function rawFileName(request: Request): string {
  const name =
    new URL(request.url).searchParams.get('filename') ??
    dispositionFileName(request.headers.get('content-disposition')) ??
    request.headers.get('x-file-name');
  return name?.trim() || 'model';
}

/** The name in a `Content-Disposition` header (RFC 6266, `filename*` preferred); a header that does not parse is refused. */
function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  let parameters: Record<string, string>;
  try {
    parameters = parseContentDisposition(header).parameters;
  } catch {
    throw unreadableDisposition();
  }
  const extended = parameters['filename*'];
  if (extended !== undefined && decodeExtended(extended) === undefined) throw unreadableDisposition();
  return parameters.filename ?? null;
}

function unreadableDisposition(): ApiProblem {
  return localizedProblem(
    'validation-failed',
    domainMessage('api.content-disposition-unreadable'),
    fieldErrorOf('Content-Disposition', 'api.content-disposition-example'),
  );
}

function readMultipartFile(stream: Readable, contentType: string, maxBytes: number): Promise<ModelUpload> {
  return new Promise((resolve, reject) => {
    let found = false;
    const parser = busboy({
      headers: { 'content-type': contentType },
      // One byte over the limit lets the storage's own limit refuse the file with a clear message.
      limits: { files: 1, fields: 20, fileSize: maxBytes + 1 },
    });
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || found) {
        file.resume();
        return;
      }
      found = true;
      resolve({ fileName: info.filename?.trim() || 'model', body: file });
    });
    parser.on('error', (error) =>
      found
        ? undefined
        : reject(
            localizedProblem(
              'validation-failed',
              domainMessage('api.multipart-unreadable', { reason: (error as Error).message }),
            ),
          ),
    );
    parser.on('close', () => {
      if (!found) {
        reject(
          localizedProblem(
            'validation-failed',
            domainMessage('model.no-file-part'),
            fieldErrorOf('file', 'api.required'),
          ),
        );
      }
    });
    stream.on('error', (error) => parser.destroy(error));
    stream.pipe(parser);
  });
}
