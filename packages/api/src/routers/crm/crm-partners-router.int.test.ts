import type { Role } from '@facet/db/enums';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../root';
import { createCallerFactory } from '../../trpc';

const { db } = useTestDb();
const createCaller = createCallerFactory(appRouter);
const people: Partial<Record<Role, { id: string; name: string; email: string; role: Role }>> = {};
let partnerId: string;

const as = (role: Role) => createCaller({ db, user: people[role]!, requestId: 'test' });

beforeAll(async () => {
  for (const role of ['customer', 'seller'] as const) {
    const row = await makeUser(db, { role, name: `A ${role}` });
    people[role] = { id: row.id, name: row.name, email: row.email, role };
  }
  partnerId = (await makePartner(db, 'CRM partner')).partner.id;
});

describe('partners router (CRM)', () => {
  it('issues a key shown once, lists it as prefix and last four, and revokes it', async () => {
    const seller = as('seller');
    const issued = await seller.crm.partners.issueKey({ partnerId, name: 'ERP' });
    expect(issued.key).toMatch(/^fct_live_[0-9a-z]{32}$/);
    const [listed] = await seller.crm.partners.listKeys({ partnerId });
    expect(listed).toMatchObject({
      id: issued.apiKey.id,
      display: `${issued.key.slice(0, 13)}…${issued.key.slice(-4)}`,
    });
    expect(JSON.stringify(listed)).not.toContain(issued.key);
    const revoked = await seller.crm.partners.revokeKey({ apiKeyId: issued.apiKey.id });
    expect(revoked.revokedAt).not.toBeNull();
  });

  it('issues a test key (fct_test_) when asked, and lists each key with its mode', async () => {
    const seller = as('seller');
    const issued = await seller.crm.partners.issueKey({ partnerId, name: 'ERP sandbox', mode: 'test' });
    expect(issued.key).toMatch(/^fct_test_[0-9a-z]{32}$/);
    expect(issued.apiKey).toMatchObject({
      mode: 'test',
      display: `${issued.key.slice(0, 13)}…${issued.key.slice(-4)}`,
    });
    const listed = await seller.crm.partners.listKeys({ partnerId });
    expect(listed.find((key) => key.id === issued.apiKey.id)).toMatchObject({ mode: 'test' });
    expect(listed.filter((key) => key.id !== issued.apiKey.id).every((key) => key.mode === 'live')).toBe(
      true,
    );
  });

  it('adds a test webhook endpoint when asked, live by default', async () => {
    const onPremises = createCaller({
      db,
      user: people.seller!,
      requestId: 'test',
      webhookAllowList: ['127.0.0.1/32'],
    });
    const test = await onPremises.crm.partners.createEndpoint({
      partnerId,
      url: 'http://127.0.0.1:9/t',
      mode: 'test',
    });
    const live = await onPremises.crm.partners.createEndpoint({ partnerId, url: 'http://127.0.0.1:9/l' });
    expect([test.mode, live.mode]).toEqual(['test', 'live']);
    await onPremises.crm.partners.deleteEndpoint({ endpointId: test.id });
    await onPremises.crm.partners.deleteEndpoint({ endpointId: live.id });
  });

  it('sets webhook endpoints, lists deliveries and replays one', async () => {
    const seller = as('seller');
    await expect(
      seller.crm.partners.createEndpoint({ partnerId, url: 'http://169.254.169.254/latest/meta-data' }),
    ).rejects.toSatisfy(
      (error) =>
        error instanceof TRPCError &&
        error.code === 'UNPROCESSABLE_CONTENT' &&
        /link-local/.test(error.message),
    );
    // An on-premises receiver, on a network the admin allowed.
    const onPremises = createCaller({
      db,
      user: people.seller!,
      requestId: 'test',
      webhookAllowList: ['127.0.0.1/32'],
    });
    const endpoint = await onPremises.crm.partners.createEndpoint({
      partnerId,
      url: 'http://127.0.0.1:9/hooks',
    });
    await expect(
      seller.crm.partners.updateEndpoint({ endpointId: endpoint.id, url: 'http://[::ffff:7f00:1]:9/hooks' }),
    ).rejects.toSatisfy((error) => error instanceof TRPCError && error.code === 'UNPROCESSABLE_CONTENT');
    const ping = await seller.crm.partners.testEndpoint({ endpointId: endpoint.id });
    const replay = await seller.crm.partners.replayDelivery({ deliveryId: ping.id });
    expect(replay.eventId).toBe(ping.eventId);
    const deliveries = await seller.crm.partners.listDeliveries({ endpointId: endpoint.id });
    expect(deliveries.map((delivery) => delivery.id).sort()).toEqual([ping.id, replay.id].sort());
    await seller.crm.partners.deleteEndpoint({ endpointId: endpoint.id });
    expect(await seller.crm.partners.listEndpoints({ partnerId })).toEqual([]);
  });

  it('is closed to shoppers', async () => {
    await expect(as('customer').crm.partners.listKeys({ partnerId })).rejects.toSatisfy(
      (error) => error instanceof TRPCError && error.code === 'FORBIDDEN',
    );
  });
});
