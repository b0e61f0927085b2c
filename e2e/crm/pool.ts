import type { Page } from '../support/test';

/** An order's card in the operators' pool (the MES console's own test ids). */
export function poolCardOf(page: Page, orderId: string) {
  return page.locator(`[data-testid="pool-card"][data-order-id="${orderId}"]`);
}
