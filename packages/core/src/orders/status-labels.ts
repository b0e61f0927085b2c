import type { OrderStatus } from '@facet/db/enums';
import { STATUS_NAMES } from '../i18n/status-names';

/** How the workshop's statuses read to people, in English (logs, canaries, the catalogue's English). */
export const STATUS_LABEL: Record<OrderStatus, string> = STATUS_NAMES.en;

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
