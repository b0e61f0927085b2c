'use client';

import type { TClientActivity } from '@facet/core/crm/client-activity-dto';
import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { MessageSquare, Package } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { ListSkeleton } from './list-skeleton';
import { CouldNotLoad } from './load-failed';
import { RelativeDate } from './relative-date';

function describeEvent(
  item: Extract<TClientActivity, { kind: 'order_event' }>,
  t: ReturnType<typeof useTranslations>,
): string {
  if (item.type === 'created')
    return item.toStatus
      ? t('crmUi.activity.placedIn', { status: t(`status.${item.toStatus}`) })
      : t('crmUi.activity.placed');
  if (item.type === 'status_changed' && item.toStatus) return `→ ${t(`status.${item.toStatus}`)}`;
  // The order timeline's own words for its other events; an event it does not know reads as its type.
  return t.has(`timeline.${item.type}`) ? t(`timeline.${item.type}`) : item.type.replaceAll('_', ' ');
}

/** Notes and the events of every order of the client, newest first, with a note composer on top. */
export function ClientActivity({ clientId }: { clientId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations();
  const sayStored = useSayStored();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const activity = useInfiniteQuery(
    trpc.crm.clients.listActivity.infiniteQueryOptions(
      { clientId, limit: 30 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const addNote = useMutation(
    trpc.crm.clients.addNote.mutationOptions({
      onSuccess: async () => {
        setNote('');
        toast.success(t('crmUi.activity.noteAdded'));
        await queryClient.invalidateQueries(trpc.crm.clients.listActivity.pathFilter());
      },
      onError: (failure) => {
        const errors = fieldErrorsOf(failure, t('crmUi.common.somethingWrong'));
        setError(errors.body ?? errors.form ?? failure.message);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    addNote.mutate({ clientId, body: note });
  };
  const items = activity.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="activity-title" className="grid content-start gap-3">
      <h2 id="activity-title" className="text-xl">
        {t('crmUi.activity.title')}
      </h2>
      <form onSubmit={submit} className="grid gap-2">
        <label htmlFor="new-note" className="sr-only">
          {t('crmUi.activity.newNote')}
        </label>
        <textarea
          id="new-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('crmUi.activity.placeholder')}
          rows={2}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-note-error' : undefined}
          className="w-full rounded-md border border-input bg-background px-3 py-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-destructive"
        />
        {error ? (
          <p id="new-note-error" role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <Button type="submit" size="sm" className="justify-self-end" disabled={addNote.isPending}>
          {addNote.isPending ? t('crmUi.common.adding') : t('crmUi.activity.addNote')}
        </Button>
      </form>
      {activity.isPending ? (
        <ListSkeleton rows={3} rowClassName="h-12" />
      ) : activity.isError ? (
        <CouldNotLoad
          title={t('crmUi.loadFailed.activity')}
          error={activity.error}
          onRetry={() => activity.refetch()}
        />
      ) : items.length === 0 ? (
        <EmptyState title={t('crmUi.activity.emptyTitle')}>{t('crmUi.activity.emptyText')}</EmptyState>
      ) : (
        <ol
          className="relative grid gap-4 border-l border-border pl-5"
          aria-label={t('crmUi.activity.timeline')}
        >
          {items.map((item) => (
            <li key={item.id} className="relative text-sm" data-testid="activity-item">
              <span
                aria-hidden
                className="absolute -left-[27px] top-0.5 grid size-4 place-content-center rounded-full bg-card text-muted-foreground"
              >
                {item.kind === 'note' ? (
                  <MessageSquare className="size-3.5" />
                ) : (
                  <Package className="size-3.5" />
                )}
              </span>
              {item.kind === 'note' ? (
                <>
                  <p className="whitespace-pre-wrap">{item.body}</p>
                  <p className="text-xs text-muted-foreground">
                    {t.rich('crmUi.activity.noteBy', {
                      name: item.authorName,
                      date: () => <RelativeDate date={item.at} />,
                    })}
                  </p>
                </>
              ) : (
                <>
                  <p>
                    <Link
                      href={`/crm/orders/${item.orderId}`}
                      className="font-mono underline-offset-4 hover:underline"
                    >
                      {formatOrderNumber(item.orderNumber)}
                    </Link>{' '}
                    {describeEvent(item, t)}
                  </p>
                  {item.reason ? (
                    <p className="text-muted-foreground">“{sayStored(item.reasonMessage, item.reason)}”</p>
                  ) : null}
                  <p className="text-xs text-muted-foreground">
                    {item.actorName} · <RelativeDate date={item.at} />
                  </p>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {activity.hasNextPage ? (
        <Button
          variant="outline"
          size="sm"
          className="justify-self-start"
          onClick={() => activity.fetchNextPage()}
          disabled={activity.isFetchingNextPage}
        >
          {activity.isFetchingNextPage ? t('common.loading') : t('crmUi.activity.showOlder')}
        </Button>
      ) : null}
    </section>
  );
}
