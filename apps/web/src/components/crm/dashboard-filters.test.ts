import { describe, expect, it } from 'vitest';
import { dashboardInputFromParams } from './dashboard-filters';

describe('dashboard filters from the address', () => {
  it('reads the period, channel and alloy', () => {
    expect(
      dashboardInputFromParams(new URLSearchParams('from=2026-03-01&to=2026-03-31&channel=api&alloy=AU750Y')),
    ).toEqual({ from: '2026-03-01', to: '2026-03-31', channel: 'api', alloyCode: 'AU750Y' });
  });

  it('ignores what it does not understand', () => {
    expect(
      dashboardInputFromParams(new URLSearchParams("from=yesterday&to=2026-3-1&channel=fax&alloy=x' or 1=1")),
    ).toEqual({ from: undefined, to: undefined, channel: undefined, alloyCode: undefined });
  });
});
