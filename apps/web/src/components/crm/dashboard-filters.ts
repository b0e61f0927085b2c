import type { TDashboardInput } from '@facet/core/crm/get-dashboard';
import { ORDER_CHANNELS, type OrderChannel } from '@facet/db/enums';

type Params = { get(name: string): string | null };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ALLOY = /^[A-Za-z0-9._-]{1,20}$/;

/** The dashboard's filters, read from the URL (unknown values are ignored, never trusted). */
export function dashboardInputFromParams(params: Params): TDashboardInput {
  const from = params.get('from');
  const to = params.get('to');
  const channel = params.get('channel');
  const alloy = params.get('alloy');
  return {
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    channel: (ORDER_CHANNELS as readonly string[]).includes(channel ?? '')
      ? (channel as OrderChannel)
      : undefined,
    alloyCode: alloy && ALLOY.test(alloy) ? alloy : undefined,
  };
}
