'use client';

import { DESIGN_PRESETS, type DesignPreset } from '@facet/mesh/parts/ready-made-designs';
import { Button } from '@facet/ui/button';
import { Maximize, Redo2, RotateCcw, Undo2 } from 'lucide-react';
import { useTranslations } from 'next-intl';

/** Ready-made pieces to start from, and undo, redo, reset and fit-to-view. */
export function BuildToolbar({
  onPreset,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  onReset,
  onFit,
}: {
  onPreset: (preset: DesignPreset) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onReset: () => void;
  onFit: () => void;
}) {
  const t = useTranslations('uiBuild');
  return (
    <div className="grid gap-3">
      <nav aria-label={t('presets.label')} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
        {DESIGN_PRESETS.map((preset) => (
          <Button
            key={preset.id}
            variant="outline"
            size="sm"
            className="shrink-0 rounded-full"
            onClick={() => onPreset(preset)}
          >
            {t.has(`presets.${preset.id}`) ? t(`presets.${preset.id}` as never) : preset.name}
          </Button>
        ))}
      </nav>
      <div className="flex flex-wrap items-center gap-1">
        <Button variant="ghost" size="sm" onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          <Undo2 aria-hidden />
          {t('undo')}
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={onRedo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          <Redo2 aria-hidden />
          {t('redo')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onReset}>
          <RotateCcw aria-hidden />
          {t('reset')}
        </Button>
        <Button variant="ghost" size="sm" className="ml-auto" onClick={onFit} aria-label={t('fitToView')}>
          <Maximize aria-hidden />
          <span className="hidden sm:inline">{t('fitToView')}</span>
          <span className="sm:hidden">{t('fit')}</span>
        </Button>
      </div>
    </div>
  );
}
