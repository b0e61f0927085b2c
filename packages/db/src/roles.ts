/**
 * The database role each process works as (granted in migration 0018; README: Architecture, database
 * roles). A process signs in with its own login, or a shared one that is a member of every role, and
 * its connections take on the role, so Postgres itself refuses a write the process has no right to.
 */
export const DATABASE_ROLES = {
  web: 'facet_web',
  partnerApi: 'facet_partner_api',
  worker: 'facet_worker',
  realtime: 'facet_realtime',
} as const;

export type DatabaseRole = (typeof DATABASE_ROLES)[keyof typeof DATABASE_ROLES];
