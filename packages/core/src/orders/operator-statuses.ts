import type { OrderStatus } from '@facet/db/enums';

/**
 * The statuses operators see: the pool (approved), the benches (in production) and orders just
 * shipped. Their consoles list them and hear of every change into or out of them.
 */
export const OPERATOR_STATUSES = [
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
] as const satisfies readonly OrderStatus[];

export function isOperatorStatus(status: string): boolean {
  return (OPERATOR_STATUSES as readonly string[]).includes(status);
}
