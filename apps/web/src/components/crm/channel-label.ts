import type { OrderChannel } from '@facet/db/enums';

export const CHANNEL_LABEL: Record<OrderChannel, string> = { shop: 'Shop', crm: 'CRM', api: 'API' };
