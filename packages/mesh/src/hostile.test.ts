import { describe, expect, it } from 'vitest';
import { MeshError } from './errors';
import { parseModel } from './parse';
import { makeHostileCorpus } from './testing/hostile-corpus';

/** Generous for a loaded 2-core machine; inflating a real bomb would take far longer. */
const TIME_LIMIT_MS = 5000;

describe('hostile files', () => {
  for (const hostile of makeHostileCorpus()) {
    it(`refuses ${hostile.name} with ${hostile.expectedCode}`, () => {
      const started = performance.now();
      let caught: unknown;
      try {
        parseModel(hostile.bytes, { limits: hostile.limits });
      } catch (error) {
        caught = error;
      }
      const elapsed = performance.now() - started;
      expect(caught).toBeInstanceOf(MeshError);
      const error = caught as MeshError;
      expect({ code: error.code, message: error.message }).toMatchObject({ code: hostile.expectedCode });
      expect(error.message.length).toBeGreaterThan(20);
      expect(error.message).not.toMatch(/undefined|NaN undefined|\[object/);
      expect(elapsed).toBeLessThan(TIME_LIMIT_MS);
    });
  }
});
