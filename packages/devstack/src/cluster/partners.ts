import { randomUUID } from 'node:crypto';
import { generateApiKey } from '@facet/auth/api-key';
import { createApprovalRule } from '@facet/core/crm/create-approval-rule';
import { issueApiKey } from '@facet/core/partners/issue-api-key';
import type { Actor } from '@facet/core/shared/actor';
import type { Db } from '@facet/db/client';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';

export interface LoadPartner {
  partnerId: string;
  name: string;
  key: string;
  /** An analysed model the partner orders. */
  modelId: string;
}

export async function seededUser(db: Db, email: string) {
  const user = await db.query.users.findFirst({ where: (users, { eq }) => eq(users.email, email) });
  if (!user) throw new Error(`the cluster has no seeded user ${email}`);
  return user;
}

async function waitUntilAnalysed(webUrl: string, key: string, modelId: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${webUrl}/api/v1/models/${modelId}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const model = (await response.json()) as { status?: string };
    if (model.status === 'ANALYSED') return;
    if (model.status === 'REJECTED') throw new Error(`model ${modelId} was rejected`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`model ${modelId} was not analysed within 2 minutes`);
}

/**
 * Partners as the CRM makes them (a company client, a key issued by a seller, the "approve all their
 * orders" rule, the load-test rate tier), each with a ring model uploaded and analysed through the
 * API, as a partner would.
 */
export async function createLoadPartners(
  db: Db,
  webUrl: string,
  count: number,
  options: { webhookUrl?: string } = {},
): Promise<LoadPartner[]> {
  const sellerRow = await seededUser(db, 'seller@facet.local');
  const seller: Actor = { kind: 'user', userId: sellerRow.id, role: sellerRow.role, name: sellerRow.name };
  const made: LoadPartner[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `Load atelier ${i + 1} ${randomUUID().slice(0, 6)}`;
    const [client] = await db
      .insert(clients)
      .values({ kind: 'company', name, companyName: name })
      .returning();
    const [partner] = await db
      .insert(partners)
      .values({ clientId: client!.id, name, rateLimitTier: 'load-test' })
      .returning();
    const { key } = await issueApiKey(db, seller, { partnerId: partner!.id, name: 'load' }, generateApiKey());
    await createApprovalRule(db, seller, { kind: 'partner', partnerId: partner!.id });

    const upload = await fetch(`${webUrl}/api/v1/models?filename=ring-${i + 1}.stl`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
      body: writeBinaryStl(makeTorus(1_500 + i * 20, 9 + i * 0.1, 1.3)),
    });
    if (upload.status !== 201)
      throw new Error(`model upload answered ${upload.status}: ${await upload.text()}`);
    const modelId = ((await upload.json()) as { id: string }).id;
    await waitUntilAnalysed(webUrl, key, modelId);

    if (options.webhookUrl) {
      const endpoint = await fetch(`${webUrl}/api/v1/webhook-endpoints`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ url: options.webhookUrl, description: 'load receiver' }),
      });
      if (endpoint.status !== 201)
        throw new Error(`webhook endpoint answered ${endpoint.status}: ${await endpoint.text()}`);
    }
    made.push({ partnerId: partner!.id, name, key, modelId });
  }
  return made;
}
