import type { OrderStatus } from '@facet/db/enums';

/** Claimed and not yet shipped: what sits on an operator's bench ("My work"). */
export const IN_PRODUCTION_STATUSES = [
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
] as const satisfies readonly OrderStatus[];
export type InProductionStatus = (typeof IN_PRODUCTION_STATUSES)[number];

/** The production steps an operator takes, in order, each from the status before it. */
export const NEXT_PRODUCTION_STEP: Record<InProductionStatus, OrderStatus> = {
  MANUFACTURING_STARTED: 'MANUFACTURING_COMPLETED',
  MANUFACTURING_COMPLETED: 'PACKAGING',
  PACKAGING: 'SHIPPED',
};

/** The label of the button that takes the step. */
export const PRODUCTION_STEP_ACTION: Record<InProductionStatus, string> = {
  MANUFACTURING_STARTED: 'Mark cast and finished',
  MANUFACTURING_COMPLETED: 'Start packaging',
  PACKAGING: 'Mark shipped',
};

export function isInProduction(status: OrderStatus): status is InProductionStatus {
  return (IN_PRODUCTION_STATUSES as readonly OrderStatus[]).includes(status);
}
