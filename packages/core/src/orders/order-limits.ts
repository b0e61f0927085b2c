/** The most items one order takes (a shop cart, a CRM order, a partner's order alike). */
export const MAX_ORDER_ITEMS = 20;
