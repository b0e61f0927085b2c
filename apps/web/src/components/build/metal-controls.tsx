'use client';

import { FINISHES, type Finish } from '@facet/db/enums';
import { useTranslations } from 'next-intl';
import { metalLookFor } from '@/components/viewer/metal-looks';
import type { TBuildAlloy } from './build-alloy';
import { ChoiceGroup } from './choice-group';

/** The alloy the piece is cast in and its finish: both change what the viewer shows and the price. */
export function MetalControls({
  alloys,
  alloyCode,
  finish,
  onAlloy,
  onFinish,
}: {
  alloys: TBuildAlloy[];
  alloyCode: string;
  finish: Finish;
  onAlloy: (code: string) => void;
  onFinish: (finish: Finish) => void;
}) {
  const t = useTranslations('uiBuild');
  const finishes = useTranslations('configure.finishes');
  return (
    <div className="grid gap-5">
      <ChoiceGroup
        legend={t('metal')}
        name="alloy"
        value={alloyCode}
        columns={2}
        choices={alloys.map((alloy) => ({
          value: alloy.code,
          label: alloy.name,
          swatch: (
            <span
              aria-hidden
              className="size-3 shrink-0 rounded-full border border-border"
              style={{ background: metalLookFor(alloy).color }}
            />
          ),
        }))}
        onChange={onAlloy}
      />
      <ChoiceGroup
        legend={t('finish')}
        name="finish"
        value={finish}
        choices={FINISHES.map((value) => ({ value, label: finishes(value) }))}
        onChange={onFinish}
      />
    </div>
  );
}
