'use client';

import type { PendantPiece } from '@facet/mesh/parts/design';
import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { NumberField } from './number-field';

const SHAPES = [
  { value: 'disc' as const, label: 'Disc' },
  { value: 'heart' as const, label: 'Heart' },
  { value: 'drop' as const, label: 'Drop' },
];

/** Shape, size and thickness of a pendant, and the loop its chain passes through. */
export function PendantControls({
  design,
  onChange,
  problemOf,
  pendant,
}: DesignControlsProps & { pendant: PendantPiece }) {
  const set = (patch: Partial<PendantPiece>, key: string) =>
    onChange({ ...design, piece: { ...pendant, ...patch } }, key);
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend="Shape"
        name="pendant-shape"
        value={pendant.shape}
        choices={SHAPES}
        onChange={(shape) => set({ shape }, 'pendant-shape')}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <NumberField
          id="pendant-height"
          label="Height"
          value={pendant.heightMm}
          {...DESIGN_LIMITS.pendantHeightMm}
          problem={problemOf('pendant-height')}
          onChange={(heightMm) => set({ heightMm }, 'pendant-height')}
        />
        <NumberField
          id="pendant-thickness"
          label="Thickness"
          value={pendant.thicknessMm}
          {...DESIGN_LIMITS.pendantThicknessMm}
          problem={problemOf('pendant-thickness')}
          onChange={(thicknessMm) => set({ thicknessMm }, 'pendant-thickness')}
        />
        <NumberField
          id="bail-opening"
          label="Bail opening"
          value={pendant.bail.innerDiameterMm}
          {...DESIGN_LIMITS.bailOpeningMm}
          problem={problemOf('bail-opening')}
          hint="The chain passes through this."
          onChange={(innerDiameterMm) => set({ bail: { ...pendant.bail, innerDiameterMm } }, 'bail-opening')}
        />
        <NumberField
          id="bail-wire"
          label="Bail wire"
          value={pendant.bail.wireMm}
          {...DESIGN_LIMITS.bailWireMm}
          problem={problemOf('bail-wire')}
          onChange={(wireMm) => set({ bail: { ...pendant.bail, wireMm } }, 'bail-wire')}
        />
      </div>
    </div>
  );
}
