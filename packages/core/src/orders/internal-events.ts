/** The SLA watchdog's note on the timeline: the order stayed in its status longer than the limit. */
export const SLA_BREACHED_EVENT = 'sla_breached';

/** The order was put on a casting tree, or taken off one before it was cast. */
export const CASTING_TREE_JOINED_EVENT = 'casting_tree_joined';
export const CASTING_TREE_LEFT_EVENT = 'casting_tree_left';

/** The buyer accepted the risk of an item judged "castable with risk". */
export const CASTABILITY_RISK_ACCEPTED_EVENT = 'castability_risk_accepted';

/**
 * Timeline events for the workshop's eyes only: partners get no webhook for them and do not see them
 * through the API, shoppers do not see them on their order page, and operators' consoles are not
 * pushed them (the order did not move).
 */
export const INTERNAL_EVENT_TYPES: ReadonlySet<string> = new Set([
  SLA_BREACHED_EVENT,
  CASTING_TREE_JOINED_EVENT,
  CASTING_TREE_LEFT_EVENT,
  CASTABILITY_RISK_ACCEPTED_EVENT,
]);
