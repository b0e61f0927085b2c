'use client';

import { cn } from '@facet/ui/cn';
import { Gem } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * The model's PNG preview, or a neutral placeholder while it is being made (the route answers 404
 * until then). When the card learns the preview is ready, the image is asked for again.
 */
export function ModelThumbnail({
  modelId,
  previewReady,
  alt,
  className,
}: {
  modelId: string | null;
  previewReady: boolean;
  alt: string;
  className?: string;
}) {
  // Keyed by readiness: a card that was told "ready" retries even after a 404 for the same model.
  return (
    <ThumbnailImage
      key={`${modelId}:${previewReady}`}
      modelId={modelId}
      previewReady={previewReady}
      alt={alt}
      className={className}
    />
  );
}

function ThumbnailImage({
  modelId,
  previewReady,
  alt,
  className,
}: {
  modelId: string | null;
  previewReady: boolean;
  alt: string;
  className?: string;
}) {
  const [failed, setFailed] = useState(false);
  const t = useTranslations('uiMes');
  const frame = cn('relative flex items-center justify-center overflow-hidden bg-muted', className);
  if (!modelId || failed) {
    return (
      <div
        className={frame}
        role="img"
        aria-label={t('previewNotReady', { name: alt })}
        data-testid="thumbnail-placeholder"
      >
        <Gem aria-hidden className="size-10 text-muted-foreground/60" strokeWidth={1.25} />
      </div>
    );
  }
  return (
    <div className={frame}>
      <img
        src={`/api/models/${modelId}/preview.png${previewReady ? '?ready=1' : ''}`}
        alt={alt}
        loading="lazy"
        decoding="async"
        className="size-full object-cover"
        onError={() => setFailed(true)}
      />
    </div>
  );
}
