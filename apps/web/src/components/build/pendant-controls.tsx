'use client';

import type { PendantPiece } from '@facet/mesh/parts/design';
import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import { useTranslations } from 'next-intl';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { NumberField } from './number-field';

const SHAPES = ['disc', 'heart', 'drop'] as const;

/** Shape, size and thickness of a pendant, and the loop its chain passes through. */
export function PendantControls({
  design,
  onChange,
  problemOf,
  pendant,
}: DesignControlsProps & { pendant: PendantPiece }) {
  const t = useTranslations('uiBuild');
  const set = (patch: Partial<PendantPiece>, key: string) =>
    onChange({ ...design, piece: { ...pendant, ...patch } }, key);
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend={t('shape')}
        name="pendant-shape"
        value={pendant.shape}
        choices={SHAPES.map((value) => ({ value, label: t(`shapes.${value}`) }))}
        onChange={(shape) => set({ shape }, 'pendant-shape')}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="pendant-height"
          label={t('height')}
          value={pendant.heightMm}
          {...DESIGN_LIMITS.pendantHeightMm}
          problem={problemOf('pendant-height')}
          onChange={(heightMm) => set({ heightMm }, 'pendant-height')}
        />
        <NumberField
          id="pendant-thickness"
          label={t('thickness')}
          value={pendant.thicknessMm}
          {...DESIGN_LIMITS.pendantThicknessMm}
          problem={problemOf('pendant-thickness')}
          onChange={(thicknessMm) => set({ thicknessMm }, 'pendant-thickness')}
        />
        <NumberField
          id="bail-opening"
          label={t('bailOpening')}
          value={pendant.bail.innerDiameterMm}
          {...DESIGN_LIMITS.bailOpeningMm}
          problem={problemOf('bail-opening')}
          hint={t('bailOpeningHint')}
          onChange={(innerDiameterMm) => set({ bail: { ...pendant.bail, innerDiameterMm } }, 'bail-opening')}
        />
        <NumberField
          id="bail-wire"
          label={t('bailWire')}
          value={pendant.bail.wireMm}
          {...DESIGN_LIMITS.bailWireMm}
          problem={problemOf('bail-wire')}
          onChange={(wireMm) => set({ bail: { ...pendant.bail, wireMm } }, 'bail-wire')}
        />
      </div>
    </div>
  );
}
