import type { PayRateKind } from '@facet/db/enums';

export interface PayRate {
  kind: PayRateKind;
  perOrderCents: number;
  workSharePct: number;
}

/** Until an admin sets a rate, nothing is earned (and the screens say so). */
export const NO_PAY_RATE: PayRate = { kind: 'per_order', perOrderCents: 0, workSharePct: 0 };

interface PricedItem {
  priceBreakdown: unknown;
  quantity: number;
}

/** The work in an order's price: everything but the metal, per item, times its quantity. */
export function workPriceCents(items: readonly PricedItem[]): number {
  let total = 0;
  for (const item of items) {
    const quote = item.priceBreakdown as { lines?: Array<{ code: string; amountCents: number }> } | null;
    const work = (quote?.lines ?? [])
      .filter((line) => line.code !== 'metal')
      .reduce((sum, line) => sum + line.amountCents, 0);
    total += work * item.quantity;
  }
  return total;
}

/** What an operator earns for one finished order at the rate in force. */
export function earnedCents(rate: PayRate, order: { workCents: number }): number {
  return rate.kind === 'per_order'
    ? rate.perOrderCents
    : Math.round((order.workCents * rate.workSharePct) / 100);
}

export function describePayRate(rate: PayRate, formatMoney: (cents: number) => string): string {
  return rate.kind === 'per_order'
    ? `${formatMoney(rate.perOrderCents)} per finished order`
    : `${rate.workSharePct} % of the work price of each finished order`;
}

export interface EarningsCsvRow {
  operatorName: string;
  operatorEmail: string;
  claimed: number;
  finished: number;
  released: number;
  valueCents: number;
  metalLossG: number;
  metalLossValueCents: number;
  earnedCents: number;
}

const CSV_HEADER = [
  'operator',
  'email',
  'claimed',
  'finished',
  'released',
  'value_eur',
  'metal_loss_g',
  'metal_loss_eur',
  'earnings_eur',
];

/** One line per operator, amounts in euros with two decimals; fields quoted as RFC 4180 wants. */
export function toEarningsCsv(rows: readonly EarningsCsvRow[]): string {
  const euros = (cents: number) => (cents / 100).toFixed(2);
  const lines = rows.map((row) =>
    [
      row.operatorName,
      row.operatorEmail,
      String(row.claimed),
      String(row.finished),
      String(row.released),
      euros(row.valueCents),
      row.metalLossG.toFixed(2),
      euros(row.metalLossValueCents),
      euros(row.earnedCents),
    ]
      .map(csvField)
      .join(','),
  );
  return `${[CSV_HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
