'use client';

import { printabilityIn } from '@facet/core/models/printability';
import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { CastabilityVerdict } from '@/components/castability/castability-verdict';
import { useFormat } from '@/components/format-provider';
import { ItemThickness } from '@/components/orders/item-thickness';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { describeRingSize } from '@/components/rings/describe-ring-size';
import { StatusChip } from '@/components/status-chip';
import { ModelThumbnail } from '@/components/viewer/model-thumbnail';
import { usePageLocale, useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { OrderDecisions } from './order-decisions';

/** A seller's view of one order: items with previews and price breakdowns, the decisions, the timeline. */
export function CrmOrderView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const sayStored = useSayStored();
  const tAll = useTranslations();
  const locale = useLocale();
  const pageLocale = usePageLocale();
  const format = useFormat();
  const order = useQuery(trpc.crm.orders.get.queryOptions({ orderId }, { refetchInterval: 10_000 }));
  if (order.isPending) return <Skeleton className="h-96" aria-busy />;
  if (order.isError) {
    return (
      <EmptyState
        title={t('order.notOpened')}
        action={
          <Button asChild variant="outline">
            <Link href="/crm/orders">{t('order.backToOrders')}</Link>
          </Button>
        }
      >
        {order.error.message}
      </EmptyState>
    );
  }
  const data = order.data;
  /** The quote's own English line ("Casting and cleaning (3.2 cm² of surface)"), or its kind in the reader's language. */
  const lineLabel = (line: { code: string; label: string }) =>
    locale === 'en'
      ? line.label
      : tAll.has(`price.line.${line.code}`)
        ? tAll(`price.line.${line.code}`)
        : line.code === 'stone'
          ? t('order.stoneLine')
          : line.label;
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl sm:text-3xl">{formatOrderNumber(data.number)}</h1>
        <StatusChip status={data.status} className="text-sm" />
        <span className="text-sm text-muted-foreground">
          {t('order.via', { channel: t(`channel.${data.channel}`) })}
        </span>
        <OrderDecisions order={data} className="w-full sm:ml-auto sm:w-auto" />
      </header>
      {data.statusReason && ['REJECTED', 'CANCELLED', 'ON_HOLD'].includes(data.status) ? (
        <p role="status" className="rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          {sayStored(data.statusReasonMessage, data.statusReason)}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted-foreground">{t('order.total')}</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="order-total">
            {data.totalCents === null
              ? t('order.notPricedYet')
              : format.money(data.totalCents, data.currency)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">{t('order.placed')}</dt>
          <dd>{format.dateTime(data.createdAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">{t('order.promisedFor')}</dt>
          <dd>{data.promisedAt ? format.dateTime(data.promisedAt) : '—'}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">{t('order.leadTime')}</dt>
          <dd>{data.leadTimeDays ? t('order.leadTimeDays', { days: data.leadTimeDays }) : '—'}</dd>
        </div>
        {data.externalRef ? (
          <div>
            <dt className="text-xs text-muted-foreground">{t('order.partnerReference')}</dt>
            <dd className="font-mono">{data.externalRef}</dd>
          </div>
        ) : null}
        {data.shippingAddress ? (
          <div className="col-span-2">
            <dt className="text-xs text-muted-foreground">{t('order.shipTo')}</dt>
            <dd>
              {[
                data.shippingAddress.name,
                data.shippingAddress.line1,
                data.shippingAddress.postalCode,
                data.shippingAddress.city,
                data.shippingAddress.country,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="grid gap-6 lg:grid-cols-[1fr_360px]">
        <section aria-labelledby="items-title" className="grid content-start gap-3">
          <h2 id="items-title" className="text-xl">
            {t('order.items')}
          </h2>
          {data.items.map((item) => (
            <article
              key={item.id}
              className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:grid-cols-[128px_1fr]"
            >
              <ModelThumbnail
                modelId={item.model.id}
                previewReady={item.model.previewReady}
                name={item.model.originalName}
                className="size-32 rounded-md"
              />
              <div className="grid content-start gap-2 text-sm">
                <p className="font-medium">{item.model.originalName}</p>
                <p className="text-muted-foreground">
                  {item.alloyName} · {t(`order.finish.${item.finish}`)} · × {item.quantity}
                  {item.ringSize
                    ? ` · ${t('order.ringSize', { size: describeRingSize(item.ringSize) })}`
                    : ''}
                  {item.scale !== 1
                    ? ` · ${t('order.scaled', { percent: Math.round(item.scale * 100) })}`
                    : ''}
                  {item.engraving ? ` · ${t('order.engraved', { text: item.engraving })}` : ''}
                </p>
                {item.model.problems.length > 0 ? (
                  <ul className="list-disc pl-5 text-destructive">
                    {printabilityIn(item.model, pageLocale).problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                ) : null}
                {item.castability ? <CastabilityVerdict castability={item.castability} /> : null}
                {item.castabilityRiskAccepted && item.castability?.verdict === 'CASTABLE_WITH_RISK' ? (
                  <p className="font-medium" data-testid="risk-accepted">
                    {data.castabilityRiskAcceptedAt
                      ? t('order.riskAcceptedOn', { date: format.dateTime(data.castabilityRiskAcceptedAt) })
                      : t('order.riskAccepted')}
                  </p>
                ) : null}
                {!item.castabilityRiskAccepted && item.castability?.verdict === 'CASTABLE_WITH_RISK' ? (
                  <p className="font-medium">{t('order.riskNotSeen')}</p>
                ) : null}
                {item.quote ? (
                  <dl className="grid gap-1 rounded-md bg-muted/50 p-3" aria-label={tAll('price.breakdown')}>
                    <div className="flex justify-between gap-4 text-muted-foreground">
                      <dt>{tAll('price.line.metal')}</dt>
                      <dd className="tabular-nums">{format.grams(item.quote.metalGrams)}</dd>
                    </div>
                    {item.quote.lines.map((line) => (
                      <div key={line.code} className="flex justify-between gap-4">
                        <dt className="text-muted-foreground">{lineLabel(line)}</dt>
                        <dd className="tabular-nums">
                          {format.money(line.amountCents, item.quote?.currency)}
                        </dd>
                      </div>
                    ))}
                    <div className="flex justify-between gap-4 border-t border-border pt-1 font-medium">
                      <dt>
                        {item.quote.quantity > 1
                          ? `${item.quote.quantity} × ${format.money(item.quote.unitCents, item.quote.currency)}`
                          : t('order.itemTotal')}
                      </dt>
                      <dd className="tabular-nums">
                        {format.money(item.quote.totalCents, item.quote.currency)}
                      </dd>
                    </div>
                  </dl>
                ) : (
                  <p className="text-muted-foreground">{t('order.priceLater')}</p>
                )}
              </div>
              <ItemThickness
                model={item.model}
                castability={item.castability}
                alloyName={item.alloyName}
                scale={item.scale}
              />
            </article>
          ))}
        </section>
        <section aria-labelledby="timeline-title" className="grid content-start gap-3">
          <h2 id="timeline-title" className="text-xl">
            {tAll('timeline.label')}
          </h2>
          <OrderTimeline events={data.timeline} />
        </section>
      </div>
    </div>
  );
}
