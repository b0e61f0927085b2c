import type { Actor } from '@facet/core/shared/actor';
import { ORDER_CHANNELS } from '@facet/db/enums';
import { describe, expect, it } from 'vitest';
import { ENDINGS, type HistoryCast, planHistory } from './seed-history';

const user = (name: string, role: 'customer' | 'seller' | 'operator'): Actor => ({
  kind: 'user',
  userId: crypto.randomUUID(),
  role,
  name,
});
const cast: HistoryCast = {
  customer: user('Chloé', 'customer'),
  seller: user('Sam', 'seller'),
  partner: { kind: 'partner', partnerId: crypto.randomUUID(), name: 'Atelier Lumen' },
  operators: [user('Olivier', 'operator'), user('Anna', 'operator')],
  customerModels: [crypto.randomUUID(), crypto.randomUUID()],
  partnerModels: [crypto.randomUUID()],
  crmClients: [crypto.randomUUID()],
};
const DAY_MS = 86_400_000;
const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

// Every weekday and every hour of the day, across summer and winter time: the plan must hold
// whenever the demo is first run.
const NOWS = Array.from(
  { length: 48 },
  (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 7.6 * DAY_MS + i * 3_600_000),
);

describe('the demo history’s plan', () => {
  it.each(NOWS.map((now) => [now.toISOString(), now] as const))(
    'run at %s: orders on at least 88 of the last 90 days, every channel and ending, both operators',
    (_, now) => {
      const plan = planHistory(cast, { now });
      const days = new Set(plan.map((order) => parisDay.format(order.placedAt)));
      expect(days.size).toBeGreaterThanOrEqual(88);
      expect(plan.length).toBeGreaterThanOrEqual(110);
      expect(plan.length).toBeLessThanOrEqual(160);
      for (const order of plan) {
        expect(order.placedAt.getTime()).toBeLessThan(now.getTime() - 3_600_000 + 1);
        expect(order.placedAt.getTime()).toBeGreaterThan(now.getTime() - 90 * DAY_MS);
      }
      expect(new Set(plan.map((order) => order.channel))).toEqual(new Set(ORDER_CHANNELS));
      expect(new Set(plan.map((order) => order.ending))).toEqual(new Set(ENDINGS));
      const finishers = plan.filter((order) => order.ending === 'SHIPPED' || order.ending === 'CLOSED');
      expect(new Set(finishers.map((order) => order.operator))).toEqual(new Set(cast.operators));
      // Only the shop keeps drafts.
      expect(
        plan.filter((order) => order.ending === 'INITIATED').every((order) => order.channel === 'shop'),
      ).toBe(true);
    },
  );

  it('is the same plan for the same seed and day', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const once = planHistory(cast, { now });
    const twice = planHistory(cast, { now });
    expect(twice).toEqual(once);
    expect(planHistory(cast, { now, seed: 7 })).not.toEqual(once);
  });
});
