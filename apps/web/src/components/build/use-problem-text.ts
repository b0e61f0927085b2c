'use client';

import type { Design, DesignProblem } from '@facet/mesh/parts/design';
import type { RingSizeSystem } from '@facet/mesh/parts/ring-size';
import { intlLocale } from '@facet/ui/format';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { ringSizeSystemName } from '@/components/rings/ring-size-format';

/** The control's name in the messages: a round stone's length is its diameter. */
function labelKey(problem: DesignProblem, design: Design): string {
  const control = String(problem.values.control ?? problem.control);
  return control === 'stone-length' && design.setting?.stone.cut === 'round' ? 'stone-diameter' : control;
}

/** A design problem said in the reader's language, from its code and figures. */
export function useProblemText(design: Design): (problem: DesignProblem) => string {
  const t = useTranslations('uiBuild');
  const locale = useLocale();
  return useCallback(
    (problem: DesignProblem) => {
      const { values } = problem;
      const number = (value: unknown) =>
        Number(value).toLocaleString(intlLocale(locale), { maximumFractionDigits: 2 });
      const sized = (system: unknown, value: unknown) =>
        `${ringSizeSystemName(system as RingSizeSystem, locale)} ${number(value)}`;
      switch (problem.code) {
        case 'value-missing':
          return t(`missing.${labelKey(problem, design)}` as never);
        case 'value-out-of-range':
          return t('problems.value-out-of-range', {
            label: t(`labels.${labelKey(problem, design)}` as never),
            min: Number(values.min),
            max: Number(values.max),
            value: Number(values.value),
          });
        case 'ring-size-out-of-range':
          return t('problems.ring-size-out-of-range', {
            size: sized(values.system, values.value),
            from: sized(values.system, values.min),
            to: number(values.max),
            lowMm: Number(values.lowMm),
            highMm: Number(values.highMm),
          });
        case 'stone-too-large-for-ring-size':
          return t('problems.stone-too-large-for-ring-size', {
            ...values,
            size: sized(values.system, values.value),
          } as never);
        default:
          return t(`problems.${problem.code}` as never, values as never);
      }
    },
    [t, locale, design],
  );
}
