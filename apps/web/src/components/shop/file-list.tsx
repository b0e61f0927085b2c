'use client';

import { cn } from '@facet/ui/cn';
import { AlertTriangle, CheckCircle2, Loader2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import type { UploadEntry } from './upload-entry';

function statusLine(entry: UploadEntry, t: ReturnType<typeof useTranslations<'files'>>): string {
  if (entry.error) return entry.error;
  if (entry.progress < 1 || !entry.model)
    return t('uploading', { percent: Math.round(entry.progress * 100) });
  if (entry.model.status === 'UPLOADED') return t('checking');
  if (entry.model.status === 'REJECTED') return t('cannotMake');
  if (entry.model.problems.length > 0) return t('needsAttention');
  return t('ready');
}

export function FileList({
  entries,
  selectedId,
  onSelect,
}: {
  entries: UploadEntry[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations('files');
  return (
    <ul className="grid gap-2" aria-label={t('yourFiles')}>
      {entries.map((entry) => {
        const failed = Boolean(entry.error) || entry.model?.status === 'REJECTED';
        const ready = entry.model?.status === 'ANALYSED' && entry.model.problems.length === 0;
        return (
          <li key={entry.id}>
            <button
              type="button"
              onClick={() => onSelect(entry.id)}
              aria-pressed={entry.id === selectedId}
              className={cn(
                'grid w-full gap-2 rounded-lg border border-border bg-card p-3 text-left transition-colors hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                entry.id === selectedId && 'border-accent ring-1 ring-accent',
              )}
            >
              <span className="flex items-center gap-2">
                {failed ? (
                  <AlertTriangle aria-hidden className="size-4 shrink-0 text-destructive" />
                ) : ready ? (
                  <CheckCircle2 aria-hidden className="size-4 shrink-0 text-success" />
                ) : (
                  <Loader2 aria-hidden className="size-4 shrink-0 animate-spin text-muted-foreground" />
                )}
                <span className="truncate text-sm font-medium">{entry.file.name}</span>
                <span className="ml-auto shrink-0 text-xs text-muted-foreground">
                  {(entry.file.size / 1024 / 1024).toFixed(1)} MB
                </span>
              </span>
              <progress
                className="h-1.5 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-accent"
                max={1}
                value={entry.progress}
                aria-label={t('uploadOf', { name: entry.file.name })}
              />
              <span
                className={cn('text-xs', failed ? 'text-destructive' : 'text-muted-foreground')}
                data-testid="file-status"
              >
                {statusLine(entry, t)}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
