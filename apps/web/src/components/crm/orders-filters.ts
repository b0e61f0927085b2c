import type { TListSellerOrdersInput } from '@facet/core/crm/list-seller-orders';
import { ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from '@facet/db/enums';

export const ORDER_SORT_VALUES = ['newest', 'oldest', 'total_desc', 'total_asc'] as const;
type OrderSort = (typeof ORDER_SORT_VALUES)[number];

type Params = { get(name: string): string | null; getAll(name: string): string[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The order list's filters, read from the URL (unknown values are ignored, never trusted). */
export function ordersInputFromParams(params: Params): Omit<TListSellerOrdersInput, 'cursor'> {
  const statuses = params
    .getAll('status')
    .filter((s): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s));
  const channel = params.get('channel');
  const sort = params.get('sort');
  const client = params.get('client');
  const from = params.get('from');
  const to = params.get('to');
  return {
    statuses: statuses.length ? statuses : undefined,
    channel: (ORDER_CHANNELS as readonly string[]).includes(channel ?? '')
      ? (channel as OrderChannel)
      : undefined,
    clientId: client && /^[0-9a-f-]{36}$/i.test(client) ? client : undefined,
    // Local midnight, so "from 1 March" means the seller's 1 March.
    createdFrom: from && DAY.test(from) ? new Date(`${from}T00:00:00`) : undefined,
    createdTo: to && DAY.test(to) ? new Date(`${to}T00:00:00`) : undefined,
    overdue: params.get('overdue') === '1' ? true : undefined,
    sort: (ORDER_SORT_VALUES as readonly string[]).includes(sort ?? '') ? (sort as OrderSort) : 'newest',
    limit: 50,
  };
}
