'use client';

import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import type { SettingSpec } from '@facet/mesh/parts/stone-layout';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { switchStoneCut } from './design-edits';
import { NumberField } from './number-field';

const CUTS = [
  { value: 'none' as const, label: 'None' },
  { value: 'round' as const, label: 'Round' },
  { value: 'oval' as const, label: 'Oval' },
];

const STYLES = [
  { value: 'prong' as const, label: 'Prongs', description: 'Open, lets the light in' },
  { value: 'bezel' as const, label: 'Bezel', description: 'A metal rim all round' },
];

/** The stone: none, round or oval, its size, and how the metal holds it. */
export function StoneControls({ design, onChange, problemOf }: DesignControlsProps) {
  const setting = design.setting;
  const set = (next: SettingSpec | null, key: string) => onChange({ ...design, setting: next }, key);
  const where = design.piece.kind === 'band' ? 'on top of the band' : 'at the centre of the front';
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend="Stone"
        name="stone-cut"
        value={setting?.stone.cut ?? 'none'}
        choices={CUTS}
        onChange={(cut) => set(switchStoneCut(setting, cut), 'stone-cut')}
      />
      {setting ? (
        <>
          {setting.stone.cut === 'round' ? (
            <NumberField
              id="stone-length"
              label="Stone diameter"
              value={setting.stone.lengthMm}
              {...DESIGN_LIMITS.stoneLengthMm}
              problem={problemOf('stone-length')}
              hint={`Set ${where}.`}
              onChange={(lengthMm) =>
                set({ ...setting, stone: { ...setting.stone, lengthMm, widthMm: lengthMm } }, 'stone-length')
              }
            />
          ) : (
            <div className="grid gap-5 sm:grid-cols-2">
              <NumberField
                id="stone-length"
                label="Stone length"
                value={setting.stone.lengthMm}
                {...DESIGN_LIMITS.stoneLengthMm}
                problem={problemOf('stone-length')}
                hint={design.piece.kind === 'band' ? 'Runs along the finger.' : 'Runs up the pendant.'}
                onChange={(lengthMm) =>
                  set({ ...setting, stone: { ...setting.stone, lengthMm } }, 'stone-length')
                }
              />
              <NumberField
                id="stone-width"
                label="Stone width"
                value={setting.stone.widthMm}
                {...DESIGN_LIMITS.stoneWidthMm}
                problem={problemOf('stone-width')}
                onChange={(widthMm) =>
                  set({ ...setting, stone: { ...setting.stone, widthMm } }, 'stone-width')
                }
              />
            </div>
          )}
          <ChoiceGroup
            legend="Setting"
            name="setting-style"
            value={setting.style}
            choices={STYLES}
            columns={2}
            onChange={(style) => set({ ...setting, style }, 'setting-style')}
          />
          {setting.style === 'prong' ? (
            <ChoiceGroup
              legend="Prongs"
              name="prong-count"
              value={String(setting.prongs) as '4' | '6'}
              choices={[
                { value: '4', label: 'Four' },
                { value: '6', label: 'Six' },
              ]}
              columns={2}
              onChange={(count) => set({ ...setting, prongs: count === '6' ? 6 : 4 }, 'prong-count')}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
