'use client';

import { ENGRAVING_DEPTH_MM } from '@facet/mesh/parts/engraving-fit';
import { Input } from '@facet/ui/field';
import { useTranslations } from 'next-intl';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';

const FACES = ['front', 'back'] as const;

/** Text cut into the inside of a band, or into a pendant's front or back. */
export function EngravingControls({ design, onChange, problemOf }: DesignControlsProps) {
  const t = useTranslations('uiBuild');
  const isBand = design.piece.kind === 'band';
  const engraving = design.engraving ?? { text: '', face: isBand ? 'inside' : 'front' };
  const problem = problemOf('engraving');
  const depth = isBand ? ENGRAVING_DEPTH_MM.band : ENGRAVING_DEPTH_MM.pendant;
  const setText = (text: string) =>
    onChange({ ...design, engraving: text === '' ? null : { ...engraving, text } }, 'engraving-text');
  return (
    <div className="grid gap-4">
      <div className="grid gap-1.5">
        <label htmlFor="engraving" className="text-sm font-medium">
          {isBand ? t('engravingInside') : t('engraving')}
        </label>
        <Input
          id="engraving"
          value={engraving.text}
          maxLength={60}
          placeholder={isBand ? t('engravingPlaceholderBand') : t('engravingPlaceholderPendant')}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'engraving-problem' : 'engraving-hint'}
          onChange={(event) => setText(event.target.value)}
        />
        {problem ? (
          <p id="engraving-problem" role="alert" className="text-sm text-destructive">
            {problem}
          </p>
        ) : (
          <p id="engraving-hint" className="text-xs text-muted-foreground">
            {t('engravingHint', { depth })}
          </p>
        )}
      </div>
      {!isBand && engraving.text ? (
        <ChoiceGroup
          legend={t('engraveOn')}
          name="engraving-face"
          value={engraving.face === 'back' ? 'back' : 'front'}
          choices={FACES.map((value) => ({ value, label: t(`faces.${value}`) }))}
          columns={2}
          onChange={(face) => onChange({ ...design, engraving: { ...engraving, face } }, 'engraving-face')}
        />
      ) : null}
    </div>
  );
}
