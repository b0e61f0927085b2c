'use client';

import { DESIGN_LIMITS } from '@facet/mesh/parts/design';
import type { SettingSpec } from '@facet/mesh/parts/stone-layout';
import { useTranslations } from 'next-intl';
import { ChoiceGroup } from './choice-group';
import type { DesignControlsProps } from './design-controls-props';
import { switchStoneCut } from './design-edits';
import { NumberField } from './number-field';

const CUTS = ['none', 'round', 'oval'] as const;
const STYLES = ['prong', 'bezel'] as const;

/** The stone: none, round or oval, its size, and how the metal holds it. */
export function StoneControls({ design, onChange, problemOf }: DesignControlsProps) {
  const setting = design.setting;
  const set = (next: SettingSpec | null, key: string) => onChange({ ...design, setting: next }, key);
  const t = useTranslations('uiBuild');
  const isBand = design.piece.kind === 'band';
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend={t('stone')}
        name="stone-cut"
        value={setting?.stone.cut ?? 'none'}
        choices={CUTS.map((value) => ({ value, label: t(`cuts.${value}`) }))}
        onChange={(cut) => set(switchStoneCut(setting, cut), 'stone-cut')}
      />
      {setting ? (
        <>
          {setting.stone.cut === 'round' ? (
            <NumberField
              id="stone-length"
              label={t('stoneDiameter')}
              value={setting.stone.lengthMm}
              {...DESIGN_LIMITS.stoneLengthMm}
              problem={problemOf('stone-length')}
              hint={isBand ? t('setOnBand') : t('setOnPendant')}
              onChange={(lengthMm) =>
                set({ ...setting, stone: { ...setting.stone, lengthMm, widthMm: lengthMm } }, 'stone-length')
              }
            />
          ) : (
            <div className="grid gap-5 sm:grid-cols-2">
              <NumberField
                id="stone-length"
                label={t('stoneLength')}
                value={setting.stone.lengthMm}
                {...DESIGN_LIMITS.stoneLengthMm}
                problem={problemOf('stone-length')}
                hint={isBand ? t('alongFinger') : t('upPendant')}
                onChange={(lengthMm) =>
                  set({ ...setting, stone: { ...setting.stone, lengthMm } }, 'stone-length')
                }
              />
              <NumberField
                id="stone-width"
                label={t('stoneWidth')}
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
            legend={t('setting')}
            name="setting-style"
            value={setting.style}
            choices={STYLES.map((value) => ({
              value,
              label: t(`styles.${value}`),
              description: t(`styles.${value}Text`),
            }))}
            columns={2}
            onChange={(style) => set({ ...setting, style }, 'setting-style')}
          />
          {setting.style === 'prong' ? (
            <ChoiceGroup
              legend={t('prongs')}
              name="prong-count"
              value={String(setting.prongs) as '4' | '6'}
              choices={[
                { value: '4', label: t('prongCount.4') },
                { value: '6', label: t('prongCount.6') },
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
