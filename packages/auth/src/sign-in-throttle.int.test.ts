import { randomUUID } from 'node:crypto';
import { createLogger } from '@facet/telemetry/logger';
import { useTestDb } from '@facet/testing/db';
import { makeUser } from '@facet/testing/factories';
import { captureLogs } from '@facet/testing/log-capture';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAuthOptions } from './next-auth-options';
import { hashPassword } from './password';
import { lockedForSeconds } from './sign-in-lock';
import { createSignInThrottle } from './sign-in-throttle';

const { db } = useTestDb();
const redis = new Redis(inject('redisUrl'));
const logs = captureLogs();
const throttle = createSignInThrottle({
  redis,
  keyPrefix: `${inject('redisPrefix')}-${randomUUID()}`,
  logger: createLogger('web', 'info', logs.stream),
  limits: { maxFailuresPerAccount: 5, maxFailuresPerAddress: 8, lockoutS: 60 },
});
const options = createAuthOptions(db, 'a-test-secret-that-is-long-enough-for-next-auth', { throttle });
const PASSWORD = 'the right password';

afterAll(() => redis.quit());

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<{ id: string } | null>;
const authorize = (options.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;

function signIn(email: string, password: string, address: string) {
  return authorize({ email, password }, { headers: { 'x-forwarded-for': `${address}, 10.0.0.1` } });
}

async function account() {
  const user = await makeUser(db, { passwordHash: await hashPassword(PASSWORD) });
  return user.email;
}

describe('sign-in throttling', () => {
  it('locks an account after 5 wrong passwords: the right one is refused too, from any address', async () => {
    const email = await account();
    for (let i = 0; i < 5; i++) expect(await signIn(email, 'wrong', '203.0.113.1')).toBeNull();
    const refusal = await signIn(email, PASSWORD, '203.0.113.1').catch((error: Error) => error.message);
    expect(lockedForSeconds(String(refusal))).toBeGreaterThan(55);
    await expect(signIn(email, PASSWORD, '198.51.100.7')).rejects.toThrow(/^sign-in-locked:\d+$/);
    const [locked] = logs.find('sign-in locked', { email: email.toLowerCase(), scope: 'account' });
    expect(locked).toMatchObject({ level: 'warn', failures: 5, lockoutS: 60, address: '203.0.113.1' });
    expect(logs.find('sign-in refused: locked', { email: email.toLowerCase() }).length).toBe(2);
  });

  it('a right password before the limit clears the account’s failures', async () => {
    const email = await account();
    for (let i = 0; i < 4; i++) await signIn(email, 'wrong', '203.0.113.2');
    expect(await signIn(email, PASSWORD, '203.0.113.2')).toMatchObject({ email });
    // Another address, so the per-address count (8) stays out of the way.
    for (let i = 0; i < 4; i++) await signIn(email, 'wrong', '203.0.113.12');
    expect(await signIn(email, PASSWORD, '203.0.113.12')).toMatchObject({ email });
  });

  it('locks an address that tries many accounts, and only that address', async () => {
    const emails = await Promise.all(Array.from({ length: 8 }, () => account()));
    for (const email of emails) expect(await signIn(email, 'wrong', '203.0.113.3')).toBeNull();
    const fresh = await account();
    await expect(signIn(fresh, PASSWORD, '203.0.113.3')).rejects.toThrow(/^sign-in-locked:\d+$/);
    expect(await signIn(fresh, PASSWORD, '203.0.113.4')).toMatchObject({ email: fresh });
    expect(logs.find('sign-in locked', { address: '203.0.113.3', scope: 'address' })).toHaveLength(1);
  });

  it('counts unknown accounts too, so probing for addresses is throttled the same way', async () => {
    const ghost = `nobody-${randomUUID()}@example.test`;
    for (let i = 0; i < 5; i++) expect(await signIn(ghost, 'guess', '203.0.113.5')).toBeNull();
    await expect(signIn(ghost, 'guess', '203.0.113.5')).rejects.toThrow(/^sign-in-locked:\d+$/);
  });
});
