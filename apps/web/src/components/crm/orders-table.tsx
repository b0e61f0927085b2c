'use client';

import type { TSellerOrder } from '@facet/core/crm/seller-order-dto';
import { cn } from '@facet/ui/cn';
import { Badge } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormat } from '@/components/format-provider';
import { StatusChip } from '@/components/status-chip';
import { OrderDecisions } from './order-decisions';
import { RelativeDate } from './relative-date';

export interface OrdersTableProps {
  orders: TSellerOrder[];
  /** Checkboxes for bulk actions, keyed by order id. */
  selection?: { selected: Set<string>; toggle: (id: string) => void; toggleAll: (ids: string[]) => void };
  /** Column headers that sort, e.g. by total; rendered by the caller so the sort lives in the URL. */
  sortHeader?: { created: ReactNode; total: ReactNode };
  showClient?: boolean;
  extraColumn?: { header: string; cell: (order: TSellerOrder) => ReactNode };
}

/** The sellers' order table: dense, a row per order, with its decisions at the end of the row. */
export function OrdersTable({
  orders,
  selection,
  sortHeader,
  showClient = true,
  extraColumn,
}: OrdersTableProps) {
  const t = useTranslations('crmUi');
  const format = useFormat();
  const selectable = orders.filter((order) => order.status === 'PRICE_CALCULATED').map((order) => order.id);
  const allSelected =
    selection && selectable.length > 0 && selectable.every((id) => selection.selected.has(id));
  return (
    <>
      <OrderCards orders={orders} selection={selection} showClient={showClient} extraColumn={extraColumn} />
      <div className="hidden overflow-x-auto rounded-lg border border-border bg-card md:block">
        <table className="w-full min-w-[760px] text-sm">
          <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
            <tr>
              {selection ? (
                <th scope="col" className="w-10 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={t('ordersTable.selectAll')}
                    checked={Boolean(allSelected)}
                    disabled={selectable.length === 0}
                    onChange={() => selection.toggleAll(selectable)}
                    className="size-4 accent-[var(--accent)]"
                  />
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 font-medium">
                {t('ordersTable.order')}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('common.status')}
              </th>
              {showClient ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('common.client')}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 font-medium">
                {t('common.channel')}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {sortHeader?.created ?? t('ordersTable.placed')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {sortHeader?.total ?? t('ordersTable.total')}
              </th>
              {extraColumn ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  {extraColumn.header}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                <span className="sr-only">{t('ordersTable.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr
                key={order.id}
                data-testid="order-row"
                data-order-id={order.id}
                className={cn(
                  'border-b border-border last:border-0 hover:bg-muted/40',
                  selection?.selected.has(order.id) && 'bg-accent/10',
                )}
              >
                {selection ? (
                  <td className="px-3 py-2">
                    {order.status === 'PRICE_CALCULATED' ? (
                      <input
                        type="checkbox"
                        aria-label={t('ordersTable.select', { number: formatOrderNumber(order.number) })}
                        checked={selection.selected.has(order.id)}
                        onChange={() => selection.toggle(order.id)}
                        className="size-4 accent-[var(--accent)]"
                      />
                    ) : null}
                  </td>
                ) : null}
                <td className="whitespace-nowrap px-3 py-2 font-mono">
                  <Link href={`/crm/orders/${order.id}`} className="underline-offset-4 hover:underline">
                    {formatOrderNumber(order.number)}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <span className="flex flex-wrap items-center gap-1">
                    <StatusChip status={order.status} />
                    {order.overdue ? (
                      <Badge className="border-red-300 bg-red-50 text-red-900">
                        {t('ordersTable.overdue')}
                      </Badge>
                    ) : null}
                  </span>
                </td>
                {showClient ? (
                  <td className="max-w-[16rem] truncate px-3 py-2">
                    {order.clientId ? (
                      <Link
                        href={`/crm/clients/${order.clientId}`}
                        className="underline-offset-4 hover:underline"
                      >
                        {order.clientName}
                      </Link>
                    ) : (
                      <span className="text-muted-foreground">{order.clientName ?? '—'}</span>
                    )}
                  </td>
                ) : null}
                <td className="px-3 py-2 text-muted-foreground">{t(`channel.${order.channel}`)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">
                  <RelativeDate date={order.createdAt} />
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {order.totalCents === null ? (
                    <span className="text-muted-foreground">{t('ordersTable.notPriced')}</span>
                  ) : (
                    format.money(order.totalCents, order.currency)
                  )}
                </td>
                {extraColumn ? <td className="px-3 py-2">{extraColumn.cell(order)}</td> : null}
                <td className="px-3 py-2">
                  <OrderDecisions order={order} compact className="justify-end" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The same orders as stacked cards, for phone widths where a wide table would hide the actions. */
function OrderCards({ orders, selection, showClient, extraColumn }: Omit<OrdersTableProps, 'sortHeader'>) {
  const t = useTranslations('crmUi');
  const format = useFormat();
  return (
    <ul className="grid gap-2 md:hidden">
      {orders.map((order) => (
        <li
          key={order.id}
          data-testid="order-card"
          data-order-id={order.id}
          className="grid gap-2 rounded-lg border border-border bg-card p-3 text-sm"
        >
          <div className="flex flex-wrap items-center gap-2">
            {selection && order.status === 'PRICE_CALCULATED' ? (
              <input
                type="checkbox"
                aria-label={t('ordersTable.select', { number: formatOrderNumber(order.number) })}
                checked={selection.selected.has(order.id)}
                onChange={() => selection.toggle(order.id)}
                className="size-4 accent-[var(--accent)]"
              />
            ) : null}
            <Link
              href={`/crm/orders/${order.id}`}
              className="font-mono font-medium underline-offset-4 hover:underline"
            >
              {formatOrderNumber(order.number)}
            </Link>
            <StatusChip status={order.status} />
            {order.overdue ? (
              <Badge className="border-red-300 bg-red-50 text-red-900">{t('ordersTable.overdue')}</Badge>
            ) : null}
            <span className="ml-auto font-medium tabular-nums">
              {order.totalCents === null
                ? t('ordersTable.notPriced')
                : format.money(order.totalCents, order.currency)}
            </span>
          </div>
          <p className="text-xs text-muted-foreground">
            {showClient && order.clientName ? `${order.clientName} · ` : ''}
            {t(`channel.${order.channel}`)} · <RelativeDate date={order.createdAt} />
          </p>
          {extraColumn ? <div>{extraColumn.cell(order)}</div> : null}
          <OrderDecisions order={order} compact />
        </li>
      ))}
    </ul>
  );
}
