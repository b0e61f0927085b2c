'use client';

import { innerDiameterMm, type RingSizeSystem, ringSizeOf, ringSizesOf } from '@facet/mesh/parts/ring-size';
import { cn } from '@facet/ui/cn';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  formatRingSizeEverywhereIn,
  formatRingSizeIn,
  ringSizeSystemName,
  ringSizeSystemsFor,
} from './ring-size-format';

const selectClass =
  'h-10 w-full rounded-md border border-input bg-background px-3 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-destructive';

/**
 * The ring size to make, in the shopper's system (EU, US, UK or RU). It starts at the model's own
 * measured size; another size is kept as its inner circumference in mm (an EU size), which is what the
 * price and the order keep. `measuredDiameterMm` is null when the model was not recognised as a ring.
 */
export function RingSizeChooser({
  measuredDiameterMm,
  circumferenceMm,
  onChange,
  error,
  idPrefix = 'ring-size',
}: {
  measuredDiameterMm: number | null;
  circumferenceMm: number | null;
  onChange: (circumferenceMm: number | null) => void;
  error?: string | null;
  /** Distinct per chooser when a form has several (one per order line). */
  idPrefix?: string;
}) {
  const [system, setSystem] = useState<RingSizeSystem>('EU');
  const own = measuredDiameterMm === null ? null : ringSizeOf(measuredDiameterMm, system);
  const chosen = circumferenceMm === null ? own : ringSizeOf(circumferenceMm / Math.PI, system);
  const sizes = ringSizesOf(system);
  const describedBy = error ? `${idPrefix}-error` : `${idPrefix}-hint`;
  const t = useTranslations('uiRings');
  const locale = useLocale();
  return (
    <fieldset className="grid gap-2" data-testid="ring-size">
      <legend className="mb-1 text-sm font-medium">{t('ringSize')}</legend>
      <p className="text-sm text-muted-foreground" data-testid="measured-ring-size">
        {measuredDiameterMm === null
          ? t('notARing')
          : t('yourModel', {
              sizes: formatRingSizeEverywhereIn(measuredDiameterMm, locale),
              mm: measuredDiameterMm,
            })}
      </p>
      <div className="grid grid-cols-[auto_1fr] items-center gap-2">
        <div role="radiogroup" aria-label={t('sizeSystem')} className="flex rounded-md border border-border">
          {ringSizeSystemsFor(locale).map((each) => (
            <label
              key={each}
              className={cn(
                'cursor-pointer px-2.5 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                system === each && 'bg-secondary font-medium',
              )}
            >
              <input
                type="radio"
                name={`${idPrefix}-system`}
                value={each}
                checked={system === each}
                onChange={() => setSystem(each)}
                className="sr-only"
              />
              <span title={t(`systems.${each}`)}>{ringSizeSystemName(each, locale)}</span>
            </label>
          ))}
        </div>
        <select
          id={idPrefix}
          aria-label={t('ringSizeIn', { system: ringSizeSystemName(system, locale) })}
          className={selectClass}
          value={chosen === null ? '' : String(chosen.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            if (event.target.value === '') return onChange(null);
            const size = { system, value: Number(event.target.value) };
            const same = own !== null && own.value === size.value;
            onChange(same ? null : Math.round(innerDiameterMm(size) * Math.PI * 100) / 100);
          }}
        >
          {own === null ? <option value="">{t('keepModelSize')}</option> : null}
          {sizes.map((size) => (
            <option key={size.value} value={String(size.value)}>
              {formatRingSizeIn(size, locale)}
              {own !== null && own.value === size.value ? t('yourModelMark') : ''}
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p id={`${idPrefix}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id={`${idPrefix}-hint`} className="text-xs text-muted-foreground">
          {circumferenceMm === null
            ? t('madeAsModel')
            : t('madeIn', {
                sizes: formatRingSizeEverywhereIn(circumferenceMm / Math.PI, locale),
                mm: circumferenceMm / Math.PI,
              })}
        </p>
      )}
    </fieldset>
  );
}
