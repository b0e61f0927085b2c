import {
  sayThicknessReason,
  THICKNESS_REASON_CODES,
  THICKNESS_REASON_EXAMPLES,
  type ThicknessReason,
} from '@facet/mesh/analysis/thickness-reasons';
import { describe, expect, it } from 'vitest';
import { domainMessage, renderDomainMessage } from './domain-messages';
import { sayThicknessReasonIn, thicknessReasonMessage, thicknessReasonOf } from './thickness-reasons';

const examples = THICKNESS_REASON_CODES.map(
  (code) => ({ code, params: THICKNESS_REASON_EXAMPLES[code] }) as ThicknessReason,
);

describe('why a wall could not be measured, in every language', () => {
  it.each(examples)('$code keeps its code and params, and says them in English and in Russian', (reason) => {
    const stored = { measured: false, reason: sayThicknessReason(reason), ...reason };
    expect(thicknessReasonOf(stored)).toEqual(reason);
    expect(sayThicknessReasonIn(stored, 'en')).toBe(stored.reason);
    const russian = sayThicknessReasonIn(stored, 'ru');
    expect(russian).toMatch(/^[а-яё0-9]/);
    expect(russian).not.toMatch(/[a-z]/i);
    expect(thicknessReasonMessage(stored)).toEqual({
      key: `mesh.thickness.${reason.code}`,
      params: reason.params,
    });
  });

  it.each(examples)('reads $code from the English an analysis was stored with before codes', (reason) => {
    expect(thicknessReasonOf({ reason: sayThicknessReason(reason) })).toEqual(reason);
  });

  it('reads the figures of a stored English reason', () => {
    expect(thicknessReasonOf({ reason: 'the model is too detailed to measure within 120 s' })).toEqual({
      code: 'too-detailed',
      params: { seconds: 120 },
    });
    expect(
      thicknessReasonOf({
        reason:
          '7 % of its surface has no wall behind it: the model is open or its faces point the wrong way',
      }),
    ).toEqual({ code: 'no-wall-behind', params: { percent: 7 } });
  });

  it('keeps the English of a reason it does not know', () => {
    const stored = { reason: 'the model was measured on a full moon' };
    expect(thicknessReasonOf(stored)).toBeNull();
    expect(thicknessReasonMessage(stored)).toBe(stored.reason);
    expect(sayThicknessReasonIn(stored, 'ru')).toBe(stored.reason);
  });

  it('trusts the English over a code whose params are missing', () => {
    const stored = {
      reason: 'the model is too detailed to measure within 20 s',
      code: 'too-detailed',
      params: {},
    };
    expect(thicknessReasonOf(stored)).toEqual({ code: 'too-detailed', params: { seconds: 20 } });
  });

  it('counts seconds in Russian with the forms for 1, 3, 5, 11 and 21', () => {
    const seconds = (value: number) =>
      sayThicknessReasonIn({ reason: '', code: 'too-detailed', params: { seconds: value } }, 'ru');
    expect([1, 3, 5, 11, 21].map(seconds)).toEqual([
      'модель слишком детальная, чтобы измерить её за 1 секунду',
      'модель слишком детальная, чтобы измерить её за 3 секунды',
      'модель слишком детальная, чтобы измерить её за 5 секунд',
      'модель слишком детальная, чтобы измерить её за 11 секунд',
      'модель слишком детальная, чтобы измерить её за 21 секунду',
    ]);
  });

  it('says the share of a surface without a wall behind it, whatever the figure', () => {
    const share = (percent: number) =>
      sayThicknessReasonIn({ reason: '', code: 'no-wall-behind', params: { percent } }, 'ru');
    expect(share(1)).toMatch(/^у 1 % поверхности нет стенки с обратной стороны: /);
    expect(share(35)).toMatch(/^у 35 % поверхности нет стенки/);
    expect(share(100)).toMatch(/^у 100 % поверхности нет стенки/);
  });

  it('says the castability finding with its reason in both languages', () => {
    const finding = domainMessage('castability.finding.thickness-unknown', {
      reason: thicknessReasonMessage({ reason: '', code: 'open', params: {} }),
    });
    expect(renderDomainMessage(finding, 'en')).toBe(
      'Thickness unknown: the model is open (it has holes or edges shared by more than two faces), so it has no inside to measure. A jeweller will check the walls before casting.',
    );
    expect(renderDomainMessage(finding, 'ru')).toBe(
      'Толщину стенок измерить не удалось: модель не замкнута (в ней есть отверстия или рёбра, общие для более чем двух граней), поэтому внутри нечего измерять. Ювелир проверит стенки перед литьём.',
    );
  });
});
