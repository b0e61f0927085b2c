'use client';

import type { BandPiece } from '@facet/mesh/parts/design';
import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import { convertRingSize, innerDiameterMm, RING_SIZE_RANGE } from '@facet/mesh/parts/ring-size';
import { cn } from '@facet/ui/cn';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { NumberField } from './number-field';

const PROFILES = [
  { value: 'flat' as const, label: 'Flat', description: 'Straight sides, crisp edges' },
  { value: 'court' as const, label: 'Court', description: 'Rounded in and out, comfort fit' },
  { value: 'd-shape' as const, label: 'D-shape', description: 'Flat inside, domed outside' },
];

/** Size (EU or US), profile, width and thickness of a ring's band. */
export function BandControls({
  design,
  onChange,
  problemOf,
  band,
}: DesignControlsProps & { band: BandPiece }) {
  const set = (patch: Partial<BandPiece>, key: string) =>
    onChange({ ...design, piece: { ...band, ...patch } }, key);
  const range = RING_SIZE_RANGE[band.size.system];
  const other = convertRingSize(band.size, band.size.system === 'EU' ? 'US' : 'EU');
  const diameter = innerDiameterMm(band.size);
  return (
    <div className="grid gap-5">
      <div className="grid gap-2">
        <NumberField
          id="ring-size"
          label="Ring size"
          unit={band.size.system}
          value={band.size.value}
          min={range.min}
          max={range.max}
          step={range.step}
          problem={problemOf('ring-size')}
          hint={
            Number.isFinite(diameter)
              ? `Inner diameter ${diameter.toFixed(1)} mm · ${other.system} ${other.value}`
              : undefined
          }
          onChange={(value) => set({ size: { system: band.size.system, value } }, 'ring-size')}
        />
        <fieldset className="flex items-center gap-2 text-sm">
          <legend className="sr-only">Sizing system</legend>
          <span className="text-muted-foreground">Sizes in</span>
          {(['EU', 'US'] as const).map((system) => (
            <label
              key={system}
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
              {system}
            </label>
          ))}
        </fieldset>
      </div>
      <ChoiceGroup
        legend="Profile"
        name="profile"
        value={band.profile}
        choices={PROFILES}
        onChange={(profile) => set({ profile }, 'profile')}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="band-width"
          label="Width"
          value={band.widthMm}
          {...DESIGN_LIMITS.bandWidthMm}
          problem={problemOf('band-width')}
          onChange={(widthMm) => set({ widthMm }, 'band-width')}
        />
        <NumberField
          id="band-thickness"
          label="Thickness"
          value={band.thicknessMm}
          {...DESIGN_LIMITS.bandThicknessMm}
          problem={problemOf('band-thickness')}
          onChange={(thicknessMm) => set({ thicknessMm }, 'band-thickness')}
        />
      </div>
    </div>
  );
}
