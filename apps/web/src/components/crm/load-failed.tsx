'use client';

import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { useTranslations } from 'next-intl';

/** What a CRM list shows when it could not be read: a translated title, why, and a way to try again. */
export function CouldNotLoad({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: { message: string };
  onRetry: () => void;
}) {
  const t = useTranslations('common');
  return (
    <EmptyState
      title={title}
      action={
        <Button variant="outline" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
    >
      {error.message}
    </EmptyState>
  );
}
