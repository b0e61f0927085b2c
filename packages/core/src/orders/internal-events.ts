/** The SLA watchdog's note on the timeline: the order stayed in its status longer than the limit. */
export const SLA_BREACHED_EVENT = 'sla_breached';

/**
 * Timeline events for the workshop's eyes only: partners get no webhook for them and do not see them
 * through the API, shoppers do not see them on their order page, and operators' consoles are not
 * pushed them (the order did not move).
 */
export const INTERNAL_EVENT_TYPES: ReadonlySet<string> = new Set([SLA_BREACHED_EVENT]);
