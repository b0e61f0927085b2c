/**
 * How a locked sign-in travels from `authorize` through next-auth to the form: next-auth passes the
 * thrown error's message as `error`, so it carries a fixed code and the seconds to wait, nothing else.
 */
const SIGN_IN_LOCKED = 'sign-in-locked';

export function signInLockedMessage(seconds: number): string {
  return `${SIGN_IN_LOCKED}:${seconds}`;
}

/** The seconds to wait that a next-auth `error` carries, or null when it is not a lock-out. */
export function lockedForSeconds(error: string | null | undefined): number | null {
  const seconds = new RegExp(`^${SIGN_IN_LOCKED}:(\\d+)$`).exec(error ?? '')?.[1];
  return seconds ? Number(seconds) : null;
}
