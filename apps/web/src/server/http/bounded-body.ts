/** A request body over its route's limit; answered 413 by whoever reads it. */
export class PayloadTooLargeError extends Error {
  override readonly name = 'PayloadTooLargeError';

  constructor(readonly limitBytes: number) {
    super(`The request body is larger than the ${formatBytes(limitBytes)} this address accepts.`);
  }
}

export function isPayloadTooLarge(error: unknown): error is PayloadTooLargeError {
  return error instanceof Error && error.name === 'PayloadTooLargeError' && 'limitBytes' in error;
}

/**
 * The whole body, never more than `maxBytes` of it in memory: a declared `Content-Length` over the
 * limit is refused before a byte is read, and a body sent without one (chunked) is cut off as soon as
 * it passes the limit.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new PayloadTooLargeError(maxBytes);
  }
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The request again, its body now the bytes already read (for handlers that read it themselves). */
export function withBody(request: Request, body: Uint8Array): Request {
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body.byteLength > 0 ? (body as BodyInit) : null,
    signal: request.signal,
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
