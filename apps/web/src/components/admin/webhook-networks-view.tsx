'use client';

import type { TWebhookAllowList } from '@facet/core/partners/webhook-allow-list';
import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';

/** The admin's list of private networks webhooks may reach, the server's own floor, and the history. */
export function WebhookNetworksView() {
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.webhookNetworks.get.queryOptions());
  const t = useTranslations('uiRest.webhookNetworks');
  if (list.isPending) return <Skeleton className="h-64" />;
  if (list.isError)
    return <LoadFailedMessage what={t('what')} error={list.error} onRetry={() => list.refetch()} />;
  return (
    <div className="grid gap-6">
      <NetworksForm list={list.data} />
      <History list={list.data} />
    </div>
  );
}

function NetworksForm({ list }: { list: TWebhookAllowList }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(list.networks.join('\n'));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiRest.webhookNetworks');
  const save = useMutation(
    trpc.admin.webhookNetworks.set.mutationOptions({
      onSuccess: (saved) => {
        setErrors({});
        setText(saved.networks.join('\n'));
        toast.success(t('saved'));
        void queryClient.invalidateQueries({ queryKey: trpc.admin.webhookNetworks.pathKey() });
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const networks = text
      .split(/[\n,]/)
      .map((line) => line.trim())
      .filter(Boolean);
    save.mutate({ networks });
  };
  const error = errors.networks ?? errors.form;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <h2 className="font-semibold">{t('title')}</h2>
      <p className="text-sm text-muted-foreground" data-testid="webhook-networks-floor">
        {list.floor.length > 0 ? t('floor', { networks: list.floor.join(', ') }) : t('noFloor')}
      </p>
      <div className="grid max-w-md gap-1.5">
        <label htmlFor="networks" className="text-sm font-medium">
          {t('field')}
        </label>
        <textarea
          id="networks"
          name="networks"
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'networks-error' : 'networks-hint'}
          className="w-full rounded-md border border-input bg-background px-3 py-2 font-mono text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-invalid:border-destructive"
        />
        {error ? (
          <p id="networks-error" role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : (
          <p id="networks-hint" className="text-sm text-muted-foreground">
            {t('hint')}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}

function History({ list }: { list: TWebhookAllowList }) {
  const t = useTranslations('uiRest.webhookNetworks');
  const format = useFormat();
  if (list.history.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;
  }
  return (
    <section className="grid gap-2" aria-labelledby="networks-history">
      <h2 id="networks-history" className="font-semibold">
        {t('history')}
      </h2>
      <div className="overflow-x-auto rounded-lg border border-border">
        <table className="w-full text-sm">
          <thead className="bg-muted/50 text-left text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">{t('savedAt')}</th>
              <th className="px-3 py-2 font-medium">{t('by')}</th>
              <th className="px-3 py-2 font-medium">{t('networks')}</th>
            </tr>
          </thead>
          <tbody>
            {list.history.map((version, index) => (
              <tr key={version.id} className="border-t border-border">
                <td className="whitespace-nowrap px-3 py-2">
                  {format.dateTime(version.setAt)}
                  {index === 0 ? (
                    <span className="ml-2 text-xs text-muted-foreground">{t('inForce')}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2">{version.setByName ?? '—'}</td>
                <td className="px-3 py-2 font-mono">
                  {version.networks.length > 0 ? version.networks.join(', ') : t('none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
