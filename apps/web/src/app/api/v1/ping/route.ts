/** The cheapest route of the server: uptime checks, and the baseline of `pnpm bench api`. */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' });
}
