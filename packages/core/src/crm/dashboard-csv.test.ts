import { describe, expect, it } from 'vitest';
import { dashboardCsv, dashboardCsvName } from './dashboard-csv';

describe('dashboard CSV', () => {
  it('has one row per day with channels, the sum and booked revenue', () => {
    const csv = dashboardCsv({
      ordersPerDay: [
        { day: '2026-03-01', shop: 2, crm: 1, api: 0, bookedOrders: 1, bookedCents: 123_456 },
        { day: '2026-03-02', shop: 0, crm: 0, api: 0, bookedOrders: 0, bookedCents: 0 },
      ],
    });
    expect(csv).toBe(
      'day,shop,crm,api,all_channels,booked_orders,booked_revenue\r\n' +
        '2026-03-01,2,1,0,3,1,1234.56\r\n' +
        '2026-03-02,0,0,0,0,0,0.00\r\n',
    );
  });

  it('names the file after the period and filters, with nothing unsafe in it', () => {
    expect(dashboardCsvName({ from: '2026-03-01', to: '2026-03-30' }, {})).toBe(
      'facet-dashboard-2026-03-01-to-2026-03-30.csv',
    );
    expect(
      dashboardCsvName({ from: '2026-03-01', to: '2026-03-30' }, { channel: 'api', alloyCode: 'AU/750 Y' }),
    ).toBe('facet-dashboard-2026-03-01-to-2026-03-30-api-AU_750_Y.csv');
  });
});
