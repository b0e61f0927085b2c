import { describe, expect, it } from 'vitest';
import { resolveLimits } from '../limits';
import { makeDeflateBomb } from '../testing/make-zip-bomb';
import { deflatedEntry, writeZip } from '../testing/write-zip';
import { updateCrc32 } from './crc32';
import { createInflateBudget, inflateEntry } from './inflate-entry';
import { readZipDirectory } from './read-zip-directory';

const text = (value: string) => new TextEncoder().encode(value);

function inflateAll(zip: Uint8Array, limits = resolveLimits()): { name: string; text: string }[] {
  const archive = readZipDirectory(zip, limits);
  const budget = createInflateBudget(limits);
  return archive.entries.map((entry) => {
    const chunks: Uint8Array[] = [];
    inflateEntry(archive, entry, budget, limits, (chunk) => chunks.push(chunk.slice()));
    return { name: entry.name, text: Buffer.concat(chunks).toString('utf8') };
  });
}

describe('reading a ZIP', () => {
  it('reads stored and deflated entries', () => {
    const stored = text('stored as is');
    const zip = writeZip([
      deflatedEntry('a.txt', 'deflated '.repeat(100)),
      {
        name: 'b.txt',
        data: stored,
        method: 0,
        crc32: updateCrc32(0, stored),
        uncompressedSize: stored.length,
      },
    ]);
    expect(inflateAll(zip)).toEqual([
      { name: 'a.txt', text: 'deflated '.repeat(100) },
      { name: 'b.txt', text: 'stored as is' },
    ]);
  });

  it('reads ZIP64 sizes, offsets and entry counts', () => {
    const zip = writeZip([deflatedEntry('a.txt', 'first'), deflatedEntry('b.txt', 'second')], {
      zip64: true,
    });
    expect(inflateAll(zip).map((entry) => entry.text)).toEqual(['first', 'second']);
  });

  it('counts inflated bytes while inflating, whatever the header says', () => {
    const zip = writeZip([
      { name: 'big', data: makeDeflateBomb(64, 200_000), method: 8, crc32: 0, uncompressedSize: 10 },
    ]);
    const limits = resolveLimits({
      maxInflatedBytes: 8 * 1024 * 1024,
      maxCompressionRatio: Number.POSITIVE_INFINITY,
    });
    const started = performance.now();
    expect(() => inflateAll(zip, limits)).toThrowError(/more than the 8 MiB we accept/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('shares one budget between all entries', () => {
    const content = 'x'.repeat(600_000);
    const zip = writeZip([deflatedEntry('one', content), deflatedEntry('two', content)]);
    const limits = resolveLimits({
      maxInflatedBytes: 1_000_000,
      maxCompressionRatio: Number.POSITIVE_INFINITY,
    });
    expect(() => inflateAll(zip, limits)).toThrowError(expect.objectContaining({ code: 'ZIP_BOMB' }));
  });

  it('refuses an entry whose checksum does not match', () => {
    const zip = writeZip([{ ...deflatedEntry('a.txt', 'hello hello'), crc32: 1234 }]);
    expect(() => inflateAll(zip)).toThrowError(expect.objectContaining({ code: 'MALFORMED' }));
  });

  it('refuses encrypted entries and unknown compression methods', () => {
    const encrypted = writeZip([deflatedEntry('a.txt', 'secret')]);
    new DataView(encrypted.buffer).setUint16(encrypted.length - 22 - 46 - 5 + 8, 1, true);
    expect(() => inflateAll(encrypted)).toThrowError(expect.objectContaining({ code: 'ZIP_UNSUPPORTED' }));
    const lzma = writeZip([{ ...deflatedEntry('a.txt', 'x'), method: 14 as 8 }]);
    expect(() => inflateAll(lzma)).toThrowError(expect.objectContaining({ code: 'ZIP_UNSUPPORTED' }));
  });

  it('refuses a deflate stream that is garbage', () => {
    const junk = text('this is not deflate data at all, not even close');
    const zip = writeZip([{ name: 'a', data: junk, method: 8, crc32: 0, uncompressedSize: 10 }]);
    expect(() => inflateAll(zip)).toThrowError(expect.objectContaining({ code: 'MALFORMED' }));
  });

  it('refuses Windows-style escaping paths and drive letters', () => {
    for (const name of ['..\\..\\evil.dll', 'C:/Windows/evil.dll', '3D/../../evil']) {
      expect(() => readZipDirectory(writeZip([deflatedEntry(name, 'x')]), resolveLimits())).toThrowError(
        expect.objectContaining({ code: 'ZIP_UNSAFE_PATH' }),
      );
    }
  });
});
