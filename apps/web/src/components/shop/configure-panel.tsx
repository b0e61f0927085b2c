'use client';

import type { TAlloy } from '@facet/core/pricing/alloy-dto';
import { FINISHES, type Finish } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Field, Input } from '@facet/ui/field';
import { useTranslations } from 'next-intl';
import { RingSizeChooser } from '@/components/rings/ring-size-chooser';
import { metalLookFor } from '@/components/viewer/metal-looks';

export interface PieceOptions {
  alloyCode: string;
  finish: Finish;
  scale: number;
  quantity: number;
  ringSize: number | null;
  engraving: string;
}

/** Alloy, finish, scale, quantity, ring size and engraving; every change re-prices at once. */
export function ConfigurePanel({
  alloys,
  options,
  onChange,
  errors,
  measuredRingMm,
}: {
  alloys: TAlloy[];
  /** The model's measured ring at the chosen scale; null when it is not a ring; undefined before analysis. */
  measuredRingMm: number | null | undefined;
  options: PieceOptions;
  onChange: (options: PieceOptions) => void;
  errors: Partial<Record<keyof PieceOptions, string>>;
}) {
  const set = <K extends keyof PieceOptions>(key: K, value: PieceOptions[K]) =>
    onChange({ ...options, [key]: value });
  const t = useTranslations('configure');
  return (
    <div className="grid gap-5">
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t('metal')}</legend>
        <div className="grid grid-cols-2 gap-2">
          {alloys.map((alloy) => (
            <label
              key={alloy.code}
              className={cn(
                'flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                options.alloyCode === alloy.code && 'border-accent bg-secondary',
              )}
            >
              <input
                type="radio"
                name="alloy"
                value={alloy.code}
                checked={options.alloyCode === alloy.code}
                onChange={() => set('alloyCode', alloy.code)}
                className="sr-only"
              />
              <span
                aria-hidden
                className="size-3 shrink-0 rounded-full border border-border"
                style={{ background: metalLookFor(alloy).color }}
              />
              {alloy.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t('finish')}</legend>
        <div className="flex flex-wrap gap-2">
          {FINISHES.map((finish) => (
            <label
              key={finish}
              className={cn(
                'cursor-pointer rounded-md border border-border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
                options.finish === finish && 'border-accent bg-secondary',
              )}
            >
              <input
                type="radio"
                name="finish"
                value={finish}
                checked={options.finish === finish}
                onChange={() => set('finish', finish)}
                className="sr-only"
              />
              {t(`finishes.${finish}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid grid-cols-2 gap-4">
        <Field
          id="scale"
          label={t('scale', { percent: Math.round(options.scale * 100) })}
          error={errors.scale}
          hint={t('scaleHint')}
        >
          <input
            id="scale"
            type="range"
            min={50}
            max={200}
            step={5}
            value={Math.round(options.scale * 100)}
            onChange={(event) => set('scale', Number(event.target.value) / 100)}
            className="accent-[var(--accent)]"
          />
        </Field>
        <Field id="quantity" label={t('quantity')} error={errors.quantity}>
          <Input
            id="quantity"
            type="number"
            min={1}
            max={100}
            value={options.quantity}
            onChange={(event) => set('quantity', Math.max(1, Math.floor(Number(event.target.value) || 1)))}
            aria-invalid={errors.quantity ? true : undefined}
          />
        </Field>
      </div>

      {measuredRingMm !== undefined ? (
        <RingSizeChooser
          measuredDiameterMm={measuredRingMm}
          circumferenceMm={options.ringSize}
          onChange={(circumference) => set('ringSize', circumference)}
          error={errors.ringSize}
        />
      ) : null}

      <Field id="engraving" label={t('engraving')} error={errors.engraving} hint={t('engravingHint')}>
        <Input
          id="engraving"
          maxLength={60}
          value={options.engraving}
          onChange={(event) => set('engraving', event.target.value)}
          aria-invalid={errors.engraving ? true : undefined}
          aria-describedby={errors.engraving ? 'engraving-error' : undefined}
        />
      </Field>
    </div>
  );
}
