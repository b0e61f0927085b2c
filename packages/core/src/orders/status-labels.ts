import type { OrderStatus } from '@facet/db/enums';

/** How the workshop's statuses read to people. */
export const STATUS_LABEL: Record<OrderStatus, string> = {
  INITIATED: 'Started',
  FILE_UPLOADED: 'Files uploaded',
  SUBMITTED: 'Submitted',
  PRICE_CALCULATED: 'Priced',
  MANUFACTURING_APPROVED: 'Approved for production',
  MANUFACTURING_STARTED: 'In production',
  MANUFACTURING_COMPLETED: 'Cast and finished',
  PACKAGING: 'Packaging',
  SHIPPED: 'Shipped',
  CLOSED: 'Delivered',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
  ON_HOLD: 'On hold',
};

export type StatusTone = 'neutral' | 'info' | 'progress' | 'success' | 'danger' | 'warning';

export const STATUS_TONE: Record<OrderStatus, StatusTone> = {
  INITIATED: 'neutral',
  FILE_UPLOADED: 'neutral',
  SUBMITTED: 'info',
  PRICE_CALCULATED: 'info',
  MANUFACTURING_APPROVED: 'progress',
  MANUFACTURING_STARTED: 'progress',
  MANUFACTURING_COMPLETED: 'progress',
  PACKAGING: 'progress',
  SHIPPED: 'success',
  CLOSED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'neutral',
  ON_HOLD: 'warning',
};
