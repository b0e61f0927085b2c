import { observeRoute } from '@/server/observability/observe-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The cheapest route of the server: uptime checks, and the baseline of `pnpm bench api`. */
export const GET = observeRoute('/api/v1/ping', async () => Response.json({ status: 'ok' }), { quiet: true });
