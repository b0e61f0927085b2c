import { parse } from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment-disposition';

describe('attachmentDisposition', () => {
  it('keeps a plain name as it is', () => {
    expect(attachmentDisposition('ring.stl')).toBe('attachment; filename=ring.stl');
  });

  it('gives a name outside Latin-1 an ASCII fallback and the exact name in filename*', () => {
    const header = attachmentDisposition('кольцо 戒指.stl');
    expect(header).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''/);
    expect(() => new Headers({ 'content-disposition': header })).not.toThrow();
    expect(parse(header).parameters.filename).toBe('кольцо 戒指.stl');
  });

  it('drops control characters and quotes cannot break out of the parameter', () => {
    const header = attachmentDisposition('a"b\r\nc\u0000.stl');
    expect(header).not.toMatch(/\p{Cc}/u);
    expect(parse(header).parameters.filename).toBe('a"bc.stl');
  });
});
