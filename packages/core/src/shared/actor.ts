import type { ApiMode, Role } from '@facet/db/enums';

/** Who is asking: a signed-in person, a partner through the API, or the system itself. */
export type Actor =
  | { kind: 'user'; userId: string; role: Role; name: string }
  | {
      kind: 'partner';
      partnerId: string;
      name: string;
      /** The mode of the key it called with: a test key sees and makes sandbox objects only. Live unless said. */
      mode?: ApiMode;
    }
  | { kind: 'system'; name: string };

export const SYSTEM_ACTOR: Actor = { kind: 'system', name: 'Facet' };

export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/**
 * The role-like name the transition rules speak of. `sandbox` is the system acting on a test order:
 * it may also take the workshop's own steps, so a sandbox order reaches SHIPPED with nobody's help.
 */
export type ActorRole = Role | 'partner' | 'system' | 'sandbox';

/** The mode of what an actor may see and make: a partner's key's mode; the workshop works live. */
export function actorMode(actor: Actor): ApiMode {
  return actor.kind === 'partner' ? (actor.mode ?? 'live') : 'live';
}

export function actorRole(actor: Actor): ActorRole {
  if (actor.kind === 'user') return actor.role;
  return actor.kind;
}
