'use client';

import { Button } from '@facet/ui/button';
import { Ruler } from 'lucide-react';
import { useTranslations } from 'next-intl';

/** Switches a model view between the metal and the thickness map. */
export function ThicknessToggle({
  pressed,
  onPressedChange,
}: {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
}) {
  const t = useTranslations('uiRest.thickness');
  return (
    <Button
      variant={pressed ? 'primary' : 'outline'}
      size="sm"
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
      className="justify-self-start"
    >
      <Ruler aria-hidden />
      {t('toggle')}
    </Button>
  );
}
