import type { Role } from '@facet/db/enums';

/** Who is asking: a signed-in person, a partner through the API, or the system itself. */
export type Actor =
  | { kind: 'user'; userId: string; role: Role; name: string }
  | { kind: 'partner'; partnerId: string; name: string }
  | { kind: 'system'; name: string };

export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'Facet' };

export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** The role-like name the transition rules speak of. */
export type ActorRole = Role | 'partner' | 'system';

export function actorRole(actor: Actor): ActorRole {
  if (actor.kind === 'user') return actor.role;
  return actor.kind;
}
