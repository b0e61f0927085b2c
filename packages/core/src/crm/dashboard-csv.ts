import type { TDashboard } from './get-dashboard';

const HEADER = ['day', 'shop', 'crm', 'api', 'all_channels', 'booked_orders', 'booked_revenue'];

/**
 * The dashboard's figures per day as CSV (RFC 4180, CRLF line ends): one row per day of the period,
 * orders placed by channel and the booked orders with their revenue in the currency's main unit.
 */
export function dashboardCsv(figures: Pick<TDashboard, 'ordersPerDay'>): string {
  const rows = figures.ordersPerDay.map((day) => [
    day.day,
    day.shop,
    day.crm,
    day.api,
    day.shop + day.crm + day.api,
    day.bookedOrders,
    (day.bookedCents / 100).toFixed(2),
  ]);
  return `${[HEADER, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}

/** "facet-dashboard-2026-03-01-to-2026-03-30-api-AG925.csv" */
export function dashboardCsvName(
  period: { from: string; to: string },
  filters: { channel?: string; alloyCode?: string },
): string {
  const parts = ['facet-dashboard', period.from, 'to', period.to, filters.channel, filters.alloyCode];
  return `${parts
    .filter(Boolean)
    .join('-')
    .replaceAll(/[^A-Za-z0-9._-]/g, '_')}.csv`;
}
