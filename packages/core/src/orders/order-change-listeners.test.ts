import { describe, expect, it } from 'vitest';
import { orderChangeListeners, wireOrderChangeListeners } from './order-change-listeners';

describe('order change listeners', () => {
  it('refuses to be read before they are wired, so no order change silently skips them', () => {
    expect(() => orderChangeListeners()).toThrow(/not wired/);
  });

  it('gives what was wired', () => {
    const listener = { eventRecorded: async () => undefined };
    wireOrderChangeListeners([listener]);
    expect(orderChangeListeners()).toEqual([listener]);
  });
});
