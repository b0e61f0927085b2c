import { createHash } from 'node:crypto';
import { apiKeys } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { authenticateApiKey } from './authenticate-api-key';
import { issueApiKey } from './issue-api-key';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

const { db } = useTestDb();

let seller: Actor;
let customer: Actor;
let partnerId: string;

const hash = (key: string) => createHash('sha256').update(key).digest('hex');
const generated = () => {
  const key = `fct_live_${Math.random().toString(36).slice(2).padEnd(32, '0').slice(0, 32)}`;
  return { key, prefix: key.slice(0, 13), lastFour: key.slice(-4), keyHash: hash(key) };
};

beforeAll(async () => {
  const sellerUser = await makeUser(db, { role: 'seller' });
  const customerUser = await makeUser(db, { role: 'customer' });
  seller = { kind: 'user', userId: sellerUser.id, role: 'seller', name: 'Sam' };
  customer = { kind: 'user', userId: customerUser.id, role: 'customer', name: 'Chloe' };
  partnerId = (await makePartner(db, 'Atelier Keys')).partner.id;
});

describe('API keys', () => {
  it('issues a key stored only as a hash, shown as prefix and last four', async () => {
    const fresh = generated();
    const issued = await issueApiKey(db, seller, { partnerId, name: 'ERP', scopes: ['orders:read'] }, fresh);
    expect(issued.key).toBe(fresh.key);
    expect(issued.apiKey.display).toBe(`${fresh.prefix}…${fresh.lastFour}`);
    const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, issued.apiKey.id));
    expect(row?.keyHash).toBe(hash(fresh.key));
    expect(JSON.stringify(row)).not.toContain(fresh.key);
    expect((await listApiKeys(db, seller, partnerId)).map((key) => key.id)).toContain(issued.apiKey.id);
  });

  it('refuses issuing and revoking to anyone but sellers and admins', async () => {
    await expect(issueApiKey(db, customer, { partnerId, name: 'x' }, generated())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const partnerActor: Actor = { kind: 'partner', partnerId, name: 'Atelier Keys' };
    await expect(listApiKeys(db, partnerActor, partnerId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('authenticates by hash, and refuses a key from the moment it is revoked', async () => {
    const fresh = generated();
    const issued = await issueApiKey(db, seller, { partnerId, name: 'Shop sync' }, fresh);
    const caller = await authenticateApiKey(db, hash(fresh.key));
    expect(caller).toMatchObject({
      partnerId,
      apiKeyId: issued.apiKey.id,
      actor: { kind: 'partner', partnerId, name: 'Atelier Keys' },
      rateLimitTier: { name: 'standard', requests: 120, windowS: 60 },
    });
    await revokeApiKey(db, seller, issued.apiKey.id);
    await expect(authenticateApiKey(db, hash(fresh.key))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'api-key-revoked',
    });
    await expect(authenticateApiKey(db, hash('fct_live_unknown'))).rejects.toMatchObject({
      reason: 'api-key-unknown',
    });
  });

  it('writes last_used_at at most once a minute per key', async () => {
    const fresh = generated();
    const issued = await issueApiKey(db, seller, { partnerId, name: 'Busy' }, fresh);
    await authenticateApiKey(db, hash(fresh.key));
    const first = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, issued.apiKey.id) });
    expect(first?.lastUsedAt).toBeInstanceOf(Date);
    await Promise.all(Array.from({ length: 5 }, () => authenticateApiKey(db, hash(fresh.key))));
    const again = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, issued.apiKey.id) });
    expect(again?.lastUsedAt?.getTime()).toBe(first?.lastUsedAt?.getTime());

    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now() - interval '2 minutes'` })
      .where(eq(apiKeys.id, issued.apiKey.id));
    await authenticateApiKey(db, hash(fresh.key));
    const later = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, issued.apiKey.id) });
    expect(Date.now() - (later?.lastUsedAt?.getTime() ?? 0)).toBeLessThan(30_000);
  });
});
