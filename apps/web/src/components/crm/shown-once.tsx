'use client';

import { Button } from '@facet/ui/button';
import { Copy } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { toast } from 'sonner';

/** A secret shown this one time (an API key, a signing secret), with a copy button. */
export function ShownOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const t = useTranslations('crmUi.shownOnce');
  return (
    <div role="status" className="grid gap-2 rounded-lg border border-accent bg-accent/10 p-4 text-sm">
      <p className="font-medium">{label}</p>
      <p className="text-muted-foreground">{t('copyNow')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <code
          data-testid="shown-once-value"
          className="break-all rounded bg-card px-2 py-1 font-mono text-xs"
        >
          {value}
        </code>
        <Button
          type="button"
          size="sm"
          variant="outline"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              toast.success(t('copied'));
            } catch {
              toast.error(t('copyRefused'));
            }
          }}
        >
          <Copy aria-hidden /> {t('copy')}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          {t('stored')}
        </Button>
      </div>
    </div>
  );
}
