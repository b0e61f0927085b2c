import { describe, expect, it } from 'vitest';
import { API_VERSIONS, CURRENT_API_VERSION, resolveApiVersion } from './api-versions';

describe('API versions', () => {
  it('answers in the version asked for, else the pinned one, else the current one', () => {
    const [first] = API_VERSIONS;
    expect(resolveApiVersion(first.version, null)).toBe(first.version);
    expect(resolveApiVersion(null, first.version)).toBe(first.version);
    expect(resolveApiVersion('  ', first.version)).toBe(first.version);
    expect(resolveApiVersion(null, null)).toBe(CURRENT_API_VERSION);
  });

  it('refuses an unknown or malformed version, naming the known ones', () => {
    for (const asked of ['2019-01-01', 'latest', '2026-12-1']) {
      expect(() => resolveApiVersion(asked, CURRENT_API_VERSION)).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          message: expect.stringContaining(`Known versions: ${CURRENT_API_VERSION}`),
          details: expect.objectContaining({ knownVersions: [CURRENT_API_VERSION] }),
        }),
      );
    }
  });

  it('lists versions oldest first, each with what changed', () => {
    const dates = API_VERSIONS.map((entry) => entry.version);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.at(-1)).toBe(CURRENT_API_VERSION);
    for (const entry of API_VERSIONS) expect(entry.changes.length).toBeGreaterThan(0);
  });
});
