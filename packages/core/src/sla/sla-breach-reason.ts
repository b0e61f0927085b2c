import type { OrderStatus } from '@facet/db/enums';
import { STATUS_LABEL } from '../orders/status-labels';

const UNITS: Array<[singular: string, seconds: number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** A status limit as people say it: "2 days", "1 hour", "90 minutes", "36 hours". */
export function formatLimit(seconds: number): string {
  for (const [unit, size] of UNITS) {
    if (seconds >= size && seconds % size === 0) {
      const amount = seconds / size;
      return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** The timeline's words for a breach: "Stuck in Priced longer than 2 days". */
export function slaBreachReason(status: OrderStatus, limitS: number): string {
  return `Stuck in ${STATUS_LABEL[status]} longer than ${formatLimit(limitS)}`;
}
