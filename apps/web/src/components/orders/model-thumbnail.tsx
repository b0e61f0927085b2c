'use client';

import type { TModel } from '@facet/core/models/model-dto';
import { cn } from '@facet/ui/cn';
import { Gem } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** The worker's PNG thumbnail, or a quiet placeholder until it exists. */
export function ModelThumbnail({
  model,
  className,
}: {
  model: Pick<TModel, 'urls' | 'previewReady' | 'originalName'>;
  className?: string;
}) {
  const [failed, setFailed] = useState(false);
  const t = useTranslations('uiRest.orders');
  if (!model.previewReady || failed) {
    return (
      <div className={cn('grid place-content-center rounded-md bg-muted text-muted-foreground', className)}>
        <Gem aria-hidden className="size-6" />
        <span className="sr-only">{t('previewNotReady', { name: model.originalName })}</span>
      </div>
    );
  }
  return (
    <img
      src={model.urls.previewPng}
      alt={t('preview', { name: model.originalName })}
      className={cn('rounded-md bg-white object-contain', className)}
      onError={() => setFailed(true)}
    />
  );
}
