'use client';

import type { BandPiece } from '@facet/mesh/parts/design';
import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import { convertRingSize, innerDiameterMm, RING_SIZE_RANGE } from '@facet/mesh/parts/ring-size';
import { cn } from '@facet/ui/cn';
import { useLocale, useTranslations } from 'next-intl';
import {
  formatRingSizeEverywhereIn,
  formatRingSizeIn,
  ringSizeSystemName,
  ringSizeSystemsFor,
} from '@/components/rings/ring-size-format';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { NumberField } from './number-field';

const PROFILES = ['flat', 'court', 'd-shape'] as const;

/** Size (EU, US, UK letters as numbers A = 1, or RU), profile, width and thickness of a ring's band. */
export function BandControls({
  design,
  onChange,
  problemOf,
  band,
}: DesignControlsProps & { band: BandPiece }) {
  const set = (patch: Partial<BandPiece>, key: string) =>
    onChange({ ...design, piece: { ...band, ...patch } }, key);
  const t = useTranslations('uiBuild');
  const rings = useTranslations('uiRings');
  const locale = useLocale();
  const range = RING_SIZE_RANGE[band.size.system];
  const diameter = innerDiameterMm(band.size);
  return (
    <div className="grid gap-5">
      <div className="grid gap-2">
        <NumberField
          id="ring-size"
          label={t('ringSize')}
          unit={ringSizeSystemName(band.size.system, locale)}
          value={band.size.value}
          min={range.min}
          max={range.max}
          step={range.step}
          problem={problemOf('ring-size')}
          hint={
            Number.isFinite(diameter)
              ? `${band.size.system === 'UK' ? `${formatRingSizeIn(band.size, locale)} · ` : ''}${t('ringSizeHint', { mm: diameter, sizes: formatRingSizeEverywhereIn(diameter, locale) })}`
              : undefined
          }
          onChange={(value) => set({ size: { system: band.size.system, value } }, 'ring-size')}
        />
        <fieldset className="flex items-center gap-2 text-sm">
          <legend className="sr-only">{t('sizingSystem')}</legend>
          <span className="text-muted-foreground">{t('sizesIn')}</span>
          {ringSizeSystemsFor(locale).map((system) => (
            <label
              key={system}
              title={rings(`systems.${system}`)}
              className={cn(
                'cursor-pointer rounded-full border border-border px-3 py-1 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                band.size.system === system && 'border-accent bg-secondary',
              )}
            >
              <input
                type="radio"
                name="size-system"
                className="sr-only"
                checked={band.size.system === system}
                onChange={() => set({ size: convertRingSize(band.size, system) }, 'size-system')}
              />
              {ringSizeSystemName(system, locale)}
            </label>
          ))}
        </fieldset>
      </div>
      <ChoiceGroup
        legend={t('profile')}
        name="profile"
        value={band.profile}
        choices={PROFILES.map((value) => ({
          value,
          label: t(`profiles.${value}`),
          description: t(`profiles.${value}Text`),
        }))}
        onChange={(profile) => set({ profile }, 'profile')}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="band-width"
          label={t('width')}
          value={band.widthMm}
          {...DESIGN_LIMITS.bandWidthMm}
          problem={problemOf('band-width')}
          onChange={(widthMm) => set({ widthMm }, 'band-width')}
        />
        <NumberField
          id="band-thickness"
          label={t('thickness')}
          value={band.thicknessMm}
          {...DESIGN_LIMITS.bandThicknessMm}
          problem={problemOf('band-thickness')}
          onChange={(thicknessMm) => set({ thicknessMm }, 'band-thickness')}
        />
      </div>
    </div>
  );
}
