import { describe, expect, it } from 'vitest';
import {
  sayThicknessReason,
  THICKNESS_REASON_CODES,
  THICKNESS_REASON_EXAMPLES,
  type ThicknessReason,
} from './thickness-reasons';

describe('why a wall could not be measured', () => {
  it.each(THICKNESS_REASON_CODES)('%s is said in English with its params', (code) => {
    const text = sayThicknessReason({ code, params: THICKNESS_REASON_EXAMPLES[code] } as ThicknessReason);
    expect(text).toMatch(/^[a-z0-9]/);
    expect(text).not.toMatch(/undefined|NaN|\[object|\$\{|\.$/);
  });

  it('says the English that analyses were stored with before codes', () => {
    expect(sayThicknessReason({ code: 'too-detailed', params: { seconds: 20 } })).toBe(
      'the model is too detailed to measure within 20 s',
    );
    expect(sayThicknessReason({ code: 'no-wall-behind', params: { percent: 35 } })).toBe(
      '35 % of its surface has no wall behind it: the model is open or its faces point the wrong way',
    );
  });
});
