'use client';

import type { TWebhookEndpoint } from '@facet/core/partners/webhook-endpoint-dto';
import { Button } from '@facet/ui/button';
import { Badge, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { fieldErrorsOf } from '@/components/form-errors';
import { useTRPC } from '@/trpc/client';
import { CouldNotLoad } from './load-failed';
import { ModeBadge } from './partner-keys';
import { RelativeDate } from './relative-date';
import { ShownOnce } from './shown-once';

const DELIVERY_TONE = {
  succeeded: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  pending: 'border-sky-300 bg-sky-50 text-sky-900',
  failed: 'border-red-300 bg-red-50 text-red-900',
} as const;

function Deliveries({ endpointId }: { endpointId: string }) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi.webhooks');
  const queryClient = useQueryClient();
  const deliveries = useQuery(
    trpc.crm.partners.listDeliveries.queryOptions({ endpointId, limit: 25 }, { refetchInterval: 10_000 }),
  );
  const replay = useMutation(
    trpc.crm.partners.replayDelivery.mutationOptions({
      onSuccess: async () => {
        toast.success(t('replayed'));
        await queryClient.invalidateQueries(trpc.crm.partners.listDeliveries.pathFilter());
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (deliveries.isPending) return <Skeleton className="h-16" />;
  if (deliveries.isError) return <p className="text-sm text-destructive">{deliveries.error.message}</p>;
  if (deliveries.data.length === 0) {
    return <p className="text-sm text-muted-foreground">{t('noDeliveries')}</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[620px] text-xs">
        <thead className="text-left text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('column.event')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('column.result')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('column.attempts')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('column.when')}
            </th>
            <th scope="col" className="py-1 font-medium">
              <span className="sr-only">{t('column.replay')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.map((delivery) => (
            <tr key={delivery.id} className="border-t border-border align-top" data-testid="webhook-delivery">
              <td className="py-1.5 pr-2 font-mono">{delivery.eventType}</td>
              <td className="py-1.5 pr-2">
                <Badge className={DELIVERY_TONE[delivery.status]}>
                  {t(`deliveryStatus.${delivery.status}`)}
                </Badge>
                {delivery.lastStatusCode ? (
                  <span className="ml-1">HTTP {delivery.lastStatusCode}</span>
                ) : null}
                {delivery.lastError ? <p className="mt-0.5 text-destructive">{delivery.lastError}</p> : null}
              </td>
              <td className="py-1.5 pr-2">
                <details>
                  <summary className="cursor-pointer">{delivery.attempts}</summary>
                  <ol className="mt-1 grid gap-0.5">
                    {delivery.attemptLog.map((attempt) => (
                      <li key={attempt.attempt}>
                        {t('attempt', {
                          attempt: attempt.attempt,
                          result: attempt.statusCode
                            ? `HTTP ${attempt.statusCode}`
                            : (attempt.error ?? t('noAnswer')),
                          ms: attempt.durationMs,
                        })}
                      </li>
                    ))}
                  </ol>
                </details>
              </td>
              <td className="py-1.5 pr-2 text-muted-foreground">
                <RelativeDate date={new Date(delivery.createdAt)} />
              </td>
              <td className="py-1.5 text-right">
                <Button
                  size="sm"
                  variant="outline"
                  className="h-7 px-2 text-xs"
                  disabled={replay.isPending}
                  onClick={() => replay.mutate({ deliveryId: delivery.id })}
                >
                  {t('replay')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EndpointRow({ endpoint }: { endpoint: TWebhookEndpoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi.webhooks');
  const [open, setOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.crm.partners.pathFilter());
  const update = useMutation(
    trpc.crm.partners.updateEndpoint.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(saved.enabled ? t('enabled') : t('paused'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const test = useMutation(
    trpc.crm.partners.testEndpoint.mutationOptions({
      onSuccess: async () => {
        toast.success(t('testQueued'));
        setOpen(true);
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const remove = useMutation(
    trpc.crm.partners.deleteEndpoint.mutationOptions({
      onSuccess: async () => {
        toast.success(t('deleted'));
        await refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  return (
    <li className="grid gap-2 p-3 text-sm" data-testid="webhook-endpoint">
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 break-all font-mono text-xs">{endpoint.url}</code>
        <ModeBadge mode={endpoint.mode} />
        {endpoint.enabled ? (
          <Badge className="border-emerald-300 bg-emerald-50 text-emerald-900">{t('enabledBadge')}</Badge>
        ) : (
          <Badge className="border-orange-300 bg-orange-50 text-orange-900">{t('disabledBadge')}</Badge>
        )}
      </div>
      {endpoint.description ? <p className="text-muted-foreground">{endpoint.description}</p> : null}
      {endpoint.disabledReason ? <p className="text-destructive">{endpoint.disabledReason}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
          {open ? t('hideDeliveries') : t('deliveries')}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={test.isPending || !endpoint.enabled}
          onClick={() => test.mutate({ endpointId: endpoint.id })}
        >
          {t('sendTest')}
        </Button>
        <Button
          size="sm"
          variant="outline"
          disabled={update.isPending}
          onClick={() => update.mutate({ endpointId: endpoint.id, enabled: !endpoint.enabled })}
        >
          {endpoint.enabled ? t('pause') : t('enable')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="text-destructive"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t('confirmDelete'))) remove.mutate({ endpointId: endpoint.id });
          }}
        >
          {t('delete')}
        </Button>
      </div>
      {open ? <Deliveries endpointId={endpoint.id} /> : null}
    </li>
  );
}

/** Where a partner receives signed events about its orders, with the log of every delivery. */
export function PartnerWebhooks({ partnerId }: { partnerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const endpoints = useQuery(trpc.crm.partners.listEndpoints.queryOptions({ partnerId }));
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation(
    trpc.crm.partners.createEndpoint.mutationOptions({
      onSuccess: async (endpoint) => {
        setSecret(endpoint.secret);
        await queryClient.invalidateQueries(trpc.crm.partners.pathFilter());
      },
      onError: (error) => setErrors(fieldErrorsOf(error, t('common.somethingWrong'))),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    const form = new FormData(event.currentTarget);
    create.mutate({
      partnerId,
      url: String(form.get('url') ?? ''),
      description: String(form.get('description') ?? '') || null,
      mode: form.get('mode') === 'test' ? 'test' : 'live',
    });
  };
  return (
    <section aria-labelledby="webhooks-title" className="grid content-start gap-3">
      <h2 id="webhooks-title" className="text-xl">
        {t('common.webhooks')}
      </h2>
      {secret ? (
        <ShownOnce label={t('webhooks.secret')} value={secret} onDone={() => setSecret(null)} />
      ) : null}
      <form onSubmit={submit} className="grid gap-2 sm:grid-cols-[2fr_1fr_auto_auto] sm:items-end" noValidate>
        <Field id="hook-url" label={t('webhooks.url')} error={errors.url}>
          <Input
            id="hook-url"
            name="url"
            type="url"
            placeholder="https://…"
            aria-invalid={errors.url ? true : undefined}
          />
        </Field>
        <Field id="hook-description" label={t('webhooks.description')} error={errors.description}>
          <Input id="hook-description" name="description" />
        </Field>
        <Field id="hook-mode" label={t('webhooks.modeLabel')} hint={t('webhooks.modeHint')}>
          <select
            id="hook-mode"
            name="mode"
            defaultValue="live"
            className="h-9 rounded-md border border-input bg-background px-2 text-sm"
          >
            <option value="live">{t('webhooks.modeLive')}</option>
            <option value="test">{t('webhooks.modeTest')}</option>
          </select>
        </Field>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('common.adding') : t('webhooks.add')}
        </Button>
      </form>
      {errors.form ? (
        <p role="alert" className="text-sm text-destructive">
          {errors.form}
        </p>
      ) : null}
      {endpoints.isPending ? (
        <Skeleton className="h-24" />
      ) : endpoints.isError ? (
        <CouldNotLoad
          title={t('loadFailed.endpoints')}
          error={endpoints.error}
          onRetry={() => endpoints.refetch()}
        />
      ) : endpoints.data.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('webhooks.none')}</p>
      ) : (
        <ul className="grid divide-y divide-border rounded-lg border border-border bg-card">
          {endpoints.data.map((endpoint) => (
            <EndpointRow key={endpoint.id} endpoint={endpoint} />
          ))}
        </ul>
      )}
    </section>
  );
}
