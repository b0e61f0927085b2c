'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatDateTime, formatGrams, formatMoney, formatOrderNumber } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ModelThumbnail } from '@/components/orders/model-thumbnail';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { StatusChip } from '@/components/status-chip';
import { useTRPC } from '@/trpc/client';
import { CHANNEL_LABEL } from './channel-label';
import { OrderDecisions } from './order-decisions';

const FINISH_LABEL = { polished: 'Polished', matte: 'Matte', satin: 'Satin' } as const;

/** A seller's view of one order: items with previews and price breakdowns, the decisions, the timeline. */
export function CrmOrderView({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const order = useQuery(trpc.orders.byId.queryOptions({ orderId }, { refetchInterval: 10_000 }));
  if (order.isPending) return <Skeleton className="h-96" aria-busy />;
  if (order.isError) {
    return (
      <EmptyState
        title="This order could not be opened"
        action={
          <Button asChild variant="outline">
            <Link href="/crm/orders">Back to orders</Link>
          </Button>
        }
      >
        {order.error.message}
      </EmptyState>
    );
  }
  const data = order.data;
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl sm:text-3xl">{formatOrderNumber(data.number)}</h1>
        <StatusChip status={data.status} className="text-sm" />
        <span className="text-sm text-muted-foreground">via {CHANNEL_LABEL[data.channel]}</span>
        <OrderDecisions order={data} className="w-full sm:ml-auto sm:w-auto" />
      </header>
      {data.statusReason && ['REJECTED', 'CANCELLED', 'ON_HOLD'].includes(data.status) ? (
        <p role="status" className="rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
          {data.statusReason}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-muted-foreground">Total</dt>
          <dd className="text-lg font-semibold tabular-nums" data-testid="order-total">
            {data.totalCents === null ? 'Not priced yet' : formatMoney(data.totalCents, data.currency)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Placed</dt>
          <dd>{formatDateTime(data.createdAt)}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Promised for</dt>
          <dd>{data.promisedAt ? formatDateTime(data.promisedAt) : '—'}</dd>
        </div>
        <div>
          <dt className="text-xs text-muted-foreground">Lead time</dt>
          <dd>{data.leadTimeDays ? `${data.leadTimeDays} days` : '—'}</dd>
        </div>
        {data.externalRef ? (
          <div>
            <dt className="text-xs text-muted-foreground">Partner reference</dt>
            <dd className="font-mono">{data.externalRef}</dd>
          </div>
        ) : null}
        {data.shippingAddress ? (
          <div className="col-span-2">
            <dt className="text-xs text-muted-foreground">Ship to</dt>
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
            Items
          </h2>
          {data.items.map((item) => (
            <article
              key={item.id}
              className="grid gap-4 rounded-lg border border-border bg-card p-4 sm:grid-cols-[128px_1fr]"
            >
              <ModelThumbnail model={item.model} className="size-32" />
              <div className="grid content-start gap-2 text-sm">
                <p className="font-medium">{item.model.originalName}</p>
                <p className="text-muted-foreground">
                  {item.alloyName} · {FINISH_LABEL[item.finish]} · × {item.quantity}
                  {item.ringSize ? ` · ring size ${item.ringSize}` : ''}
                  {item.scale !== 1 ? ` · scaled ${Math.round(item.scale * 100)} %` : ''}
                  {item.engraving ? ` · engraved “${item.engraving}”` : ''}
                </p>
                {item.model.problems.length > 0 ? (
                  <ul className="list-disc pl-5 text-destructive">
                    {item.model.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                ) : null}
                {item.quote ? (
                  <dl className="grid gap-1 rounded-md bg-muted/50 p-3" aria-label="Price breakdown">
                    <div className="flex justify-between gap-4 text-muted-foreground">
                      <dt>Metal</dt>
                      <dd className="tabular-nums">{formatGrams(item.quote.metalGrams)}</dd>
                    </div>
                    {item.quote.lines.map((line) => (
                      <div key={line.code} className="flex justify-between gap-4">
                        <dt className="text-muted-foreground">{line.label}</dt>
                        <dd className="tabular-nums">{formatMoney(line.amountCents)}</dd>
                      </div>
                    ))}
                    <div className="flex justify-between gap-4 border-t border-border pt-1 font-medium">
                      <dt>
                        {item.quote.quantity > 1
                          ? `${item.quote.quantity} × ${formatMoney(item.quote.unitCents)}`
                          : 'Item total'}
                      </dt>
                      <dd className="tabular-nums">{formatMoney(item.quote.totalCents)}</dd>
                    </div>
                  </dl>
                ) : (
                  <p className="text-muted-foreground">The price appears once the models are analysed.</p>
                )}
              </div>
            </article>
          ))}
        </section>
        <section aria-labelledby="timeline-title" className="grid content-start gap-3">
          <h2 id="timeline-title" className="text-xl">
            Timeline
          </h2>
          <OrderTimeline events={data.timeline} />
        </section>
      </div>
    </div>
  );
}
