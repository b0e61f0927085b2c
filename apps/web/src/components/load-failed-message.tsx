'use client';

import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { useTranslations } from 'next-intl';

/** `LoadFailed` in the reader's language: what could not be read, why, and a way to try again. */
export function LoadFailedMessage({
  what,
  error,
  onRetry,
}: {
  /** What failed, already translated ("The alloys"). */
  what: string;
  error: { message: string };
  onRetry: () => void;
}) {
  const t = useTranslations();
  return (
    <EmptyState
      title={t('uiCommon.loadFailed', { what })}
      action={
        <Button variant="outline" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    >
      {error.message}
    </EmptyState>
  );
}
