import type { OrderStatus } from '@facet/db/enums';
import type { Locale } from './locale';

/**
 * Each status as people read it: the web's `status.*` messages (merged into its catalogues in
 * `apps/web/src/i18n/request.ts`) and the statuses inside the catalogue's sentences.
 */
export const STATUS_NAMES: Record<Locale, Record<OrderStatus, string>> = {
  en: {
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
  },
  ru: {
    INITIATED: 'Начат',
    FILE_UPLOADED: 'Файлы загружены',
    SUBMITTED: 'Отправлен',
    PRICE_CALCULATED: 'Рассчитан',
    MANUFACTURING_APPROVED: 'Одобрен в производство',
    MANUFACTURING_STARTED: 'В производстве',
    MANUFACTURING_COMPLETED: 'Отлит и обработан',
    PACKAGING: 'Упаковка',
    SHIPPED: 'Отправлен клиенту',
    CLOSED: 'Доставлен',
    REJECTED: 'Отклонён',
    CANCELLED: 'Отменён',
    ON_HOLD: 'Приостановлен',
  },
};
