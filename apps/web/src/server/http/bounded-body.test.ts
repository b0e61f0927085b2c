import { describe, expect, it } from 'vitest';
import { isPayloadTooLarge, readBoundedBody } from './bounded-body';

function chunked(chunks: number, chunkBytes: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
  });
  const request = new Request('http://facet.test/api/trpc/x', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readBoundedBody', () => {
  it('reads a body within the limit whole', async () => {
    const request = new Request('http://facet.test/', { method: 'POST', body: 'hello' });
    expect(new TextDecoder().decode(await readBoundedBody(request, 5))).toBe('hello');
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const { request, pulled } = chunked(100, 1024);
    const declared = new Request(request, { headers: { 'content-length': String(100 * 1024) } });
    const error = await readBoundedBody(declared, 1024).catch((caught: unknown) => caught);
    expect(isPayloadTooLarge(error)).toBe(true);
    expect(pulled()).toBeLessThan(5);
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const { request, pulled } = chunked(50 * 1024, 1024);
    const error = await readBoundedBody(request, 64 * 1024).catch((caught: unknown) => caught);
    expect(isPayloadTooLarge(error) && error.limitBytes).toBe(64 * 1024);
    expect(pulled()).toBeLessThan(70);
  });
});
