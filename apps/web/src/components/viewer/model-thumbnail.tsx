'use client';

import { cn } from '@facet/ui/cn';
import { Gem } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * The model's PNG preview, or a neutral placeholder while it is being made (the route answers 404
 * until then). When the page learns the preview is ready, the image is asked for again.
 * `fit`: `cover` fills the frame (a card), `contain` shows the whole piece on white (a list).
 */
export function ModelThumbnail({
  modelId,
  previewReady,
  name,
  fit = 'contain',
  className,
}: {
  modelId: string | null;
  previewReady: boolean;
  /** The model's name, for the text alternative. */
  name: string;
  fit?: 'cover' | 'contain';
  className?: string;
}) {
  // Keyed by readiness: a thumbnail told "ready" retries even after a 404 for the same model.
  return (
    <ThumbnailImage
      key={`${modelId}:${previewReady}`}
      modelId={modelId}
      previewReady={previewReady}
      name={name}
      fit={fit}
      className={className}
    />
  );
}

function ThumbnailImage({
  modelId,
  previewReady,
  name,
  fit,
  className,
}: {
  modelId: string | null;
  previewReady: boolean;
  name: string;
  fit: 'cover' | 'contain';
  className?: string;
}) {
  const [failed, setFailed] = useState(false);
  const t = useTranslations('uiRest.orders');
  const frame = cn('relative flex items-center justify-center overflow-hidden bg-muted', className);
  if (!modelId || failed) {
    return (
      <div
        className={frame}
        role="img"
        aria-label={t('previewNotReady', { name })}
        data-testid="thumbnail-placeholder"
      >
        <Gem
          aria-hidden
          className="size-10 max-h-[40%] max-w-[40%] text-muted-foreground/60"
          strokeWidth={1.25}
        />
      </div>
    );
  }
  return (
    <div className={frame}>
      <img
        src={`/api/models/${modelId}/preview.png${previewReady ? '?ready=1' : ''}`}
        alt={t('preview', { name })}
        loading="lazy"
        decoding="async"
        className={cn('size-full', fit === 'cover' ? 'object-cover' : 'bg-white object-contain')}
        onError={() => setFailed(true)}
      />
    </div>
  );
}
