'use client';

import { Badge, EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';
import { describeRingSize } from '@/components/rings/describe-ring-size';
import { StatusChip } from '@/components/status-chip';
import { ModelThumbnail } from '@/components/viewer/model-thumbnail';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { NEXT_STEP, OrderJourney } from './order-story';
import { OrderTimeline } from './order-timeline';
import { useOrderLive } from './use-order-live';

export function OrderPageView({ orderId, justPlaced }: { orderId: string; justPlaced: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations('order');
  const sayStored = useSayStored();
  const tLive = useTranslations('live');
  const tNext = useTranslations('nextStep');
  const tPrice = useTranslations('price');
  const tFinish = useTranslations('cart.finish');
  const format = useFormat();
  const locale = useLocale();
  const order = useQuery(trpc.shop.orders.get.queryOptions({ orderId }));
  const live = useOrderLive(orderId, order.data?.version);

  if (order.isPending) return <Skeleton className="h-96" />;
  if (order.isError) return <EmptyState title={t('notFound')}>{order.error.message}</EmptyState>;
  const data = order.data;
  return (
    <div className="grid gap-8">
      {justPlaced ? (
        <p role="status" className="rounded-lg border border-success/40 bg-success/10 p-4 text-sm">
          {t('placed')}
        </p>
      ) : null}
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl">{t('title', { number: formatOrderNumber(data.number) })}</h1>
        <StatusChip status={data.status} className="text-sm" />
        <Badge className="ml-auto border-border" aria-live="polite" data-testid="live-state">
          <span
            aria-hidden
            className={`mr-1.5 size-2 rounded-full ${live === 'live' ? 'bg-success' : 'bg-warning'}`}
          />
          {tLive(live)}
        </Badge>
      </header>
      <OrderJourney status={data.status} />
      <p className="text-muted-foreground">
        {data.statusReason && ['REJECTED', 'CANCELLED', 'ON_HOLD'].includes(data.status)
          ? `${sayStored(data.statusReasonMessage, data.statusReason)} `
          : ''}
        {NEXT_STEP.includes(data.status) ? tNext(data.status) : ''}
      </p>
      <div className="grid gap-8 lg:grid-cols-[1fr_360px]">
        <section aria-label={t('items')} className="grid content-start gap-3">
          {data.items.map((item) => (
            <article
              key={item.id}
              className="grid gap-3 rounded-lg border border-border bg-card p-4 sm:grid-cols-[96px_1fr]"
            >
              <ModelThumbnail
                modelId={item.model.id}
                previewReady={item.model.previewReady}
                name={item.model.originalName}
                className="size-24 rounded-md"
              />
              <div className="grid gap-1 text-sm">
                <p className="font-medium">{item.model.originalName}</p>
                <p className="text-muted-foreground">
                  {item.alloyName} · {tFinish(item.finish)} · × {item.quantity}
                  {item.ringSize ? ` · ${t('size', { size: describeRingSize(item.ringSize, locale) })}` : ''}
                </p>
                {item.quote ? (
                  <details>
                    <summary className="cursor-pointer">
                      {t('price', { price: format.money(item.quote.totalCents, item.quote.currency) })}
                    </summary>
                    <dl className="mt-2 grid gap-1">
                      {item.quote.lines.map((line) => (
                        <div key={line.code} className="flex justify-between gap-4">
                          <dt className="text-muted-foreground">
                            {locale === 'en' ? line.label : tPrice(`line.${line.code}`)}
                          </dt>
                          <dd className="tabular-nums">
                            {format.money(line.amountCents, item.quote?.currency)}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </div>
            </article>
          ))}
          <dl className="grid gap-2 rounded-lg border border-border bg-card p-4 text-sm">
            <div className="flex justify-between">
              <dt>{t('total')}</dt>
              <dd className="font-medium tabular-nums" data-testid="order-total">
                {data.totalCents === null ? t('beingPriced') : format.money(data.totalCents, data.currency)}
              </dd>
            </div>
            {data.promisedAt ? (
              <div className="flex justify-between">
                <dt>{t('shipBy')}</dt>
                <dd>{format.dateTime(data.promisedAt)}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="timeline-title" className="grid content-start gap-4">
          <h2 id="timeline-title" className="text-xl">
            {t('whatHappened')}
          </h2>
          <OrderTimeline events={data.timeline} />
        </section>
      </div>
    </div>
  );
}
