/** How many late orders the CRM's list shows at a time ("Show more" reads the next page). */
export const LATE_ORDERS_PAGE_SIZE = 50;
