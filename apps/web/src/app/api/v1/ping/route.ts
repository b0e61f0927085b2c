import { observeRoute } from '@/server/observability/observe-route';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The cheapest route of the server: uptime checks, and the baseline of `pnpm bench api`. */
export const GET = observeRoute('/api/v1/ping', async () => Response.json({ status: 'ok' }), { quiet: true });

const refused = methodNotAllowed('/api/v1/ping', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
