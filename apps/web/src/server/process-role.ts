/**
 * What one web process serves (FACET_ROLE). `all`: everything. `partner-api`: the partner API
 * (`/api/v1/**`), `/api/health` and `/api/metrics` (Prometheus scrapes every process) only — the same build run as a process of its own, so partners'
 * traffic never shares an event loop or a connection pool with shoppers, sellers and operators
 * (README: Isolation). Everything else is answered 404 there.
 */
export const PROCESS_ROLES = ['all', 'partner-api'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

const PARTNER_API_PATH = /^\/api\/v1(?:\/|$)/;

export function servesPath(role: ProcessRole, pathname: string): boolean {
  if (role === 'all') return true;
  return PARTNER_API_PATH.test(pathname) || pathname === '/api/health' || pathname === '/api/metrics';
}

/** The 404 a process answers for what its role does not serve. */
export function notServedHere(role: ProcessRole): Response {
  return Response.json(
    {
      type: 'about:blank',
      title: 'not found',
      status: 404,
      detail: `This process serves the ${role === 'partner-api' ? 'partner API (/api/v1), /api/health and /api/metrics' : 'whole site'} only.`,
    },
    { status: 404, headers: { 'content-type': 'application/problem+json' } },
  );
}
