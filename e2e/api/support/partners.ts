import { generateApiKey } from '@facet/auth/api-key';
import { issueApiKey } from '@facet/core/partners/issue-api-key';
import type { RateLimitTierName } from '@facet/core/partners/rate-limit-tiers';
import { revokeApiKey } from '@facet/core/partners/revoke-api-key';
import type { Actor } from '@facet/core/shared/actor';
import { createDb } from '@facet/db/client';
import type { ApiScope } from '@facet/db/enums';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { stackReport } from './stack';

let handle: ReturnType<typeof createDb> | undefined;

/** The e2e stack's own database (each run has a fresh one): tests make their partners there. */
function db() {
  handle ??= createDb(stackReport().databaseUrl, { max: 2, applicationName: 'facet-e2e-api' });
  return handle.db;
}

async function seller(): Promise<Actor> {
  const user = await db().query.users.findFirst({
    where: (table, { eq }) => eq(table.email, 'seller@facet.local'),
  });
  if (!user) throw new Error('The e2e stack has no seeded seller');
  return { kind: 'user', userId: user.id, role: user.role, name: user.name };
}

export interface TestPartner {
  partnerId: string;
  name: string;
  key: string;
  apiKeyId: string;
}

/** A new partner (a company client turned partner) with a key issued the way the CRM issues them. */
export async function createTestPartner(
  options: { name?: string; tier?: RateLimitTierName; scopes?: ApiScope[] } = {},
): Promise<TestPartner> {
  const name = `${options.name ?? 'E2E Atelier'} ${Math.random().toString(36).slice(2, 8)}`;
  const [client] = await db()
    .insert(clients)
    .values({ kind: 'company', name, companyName: name })
    .returning();
  const [partner] = await db()
    .insert(partners)
    .values({ clientId: client!.id, name, rateLimitTier: options.tier ?? 'standard' })
    .returning();
  const issued = await issueApiKey(
    db(),
    await seller(),
    { partnerId: partner!.id, name: 'e2e', ...(options.scopes ? { scopes: options.scopes } : {}) },
    generateApiKey(),
  );
  return { partnerId: partner!.id, name, key: issued.key, apiKeyId: issued.apiKey.id };
}

export async function issueAnotherKey(partner: TestPartner, scopes?: ApiScope[]): Promise<string> {
  const issued = await issueApiKey(
    db(),
    await seller(),
    { partnerId: partner.partnerId, name: 'e2e extra', ...(scopes ? { scopes } : {}) },
    generateApiKey(),
  );
  return issued.key;
}

/** A test key (`fct_test_…`) of the same partner, issued as the CRM issues one: the sandbox. */
export async function issueTestKey(partner: TestPartner): Promise<string> {
  const issued = await issueApiKey(
    db(),
    await seller(),
    { partnerId: partner.partnerId, name: 'e2e sandbox', mode: 'test' },
    generateApiKey('test'),
  );
  return issued.key;
}

export async function revokeKey(apiKeyId: string): Promise<void> {
  await revokeApiKey(db(), await seller(), apiKeyId);
}

export async function closeDb(): Promise<void> {
  await handle?.close();
  handle = undefined;
}
