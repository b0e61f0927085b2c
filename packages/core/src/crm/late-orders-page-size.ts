/** How many late orders the CRM's list shows at a time ("Show more" reads the next page). */
export const LATE_ORDERS_PAGE_SIZE = 50;

/**
 * How far the late list counts: beyond it the list says "1,000 or more", so a page never reads every
 * late order of a workshop that has fallen far behind just to print their number.
 */
export const LATE_ORDERS_COUNTED_UP_TO = 1_000;
