import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Actor } from '../shared/actor';
import { attemptWebhookDelivery } from './attempt-webhook-delivery';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint';
import { sendTestWebhook } from './send-test-webhook';
import { updateWebhookEndpoint } from './update-webhook-endpoint';
import { getWebhookAllowList, setWebhookAllowList } from './webhook-allow-list';
import { parseWebhookAllowList } from './webhook-target';

const { db } = useTestDb();

let admin: Actor;
let seller: Actor;
let partner: Extract<Actor, { kind: 'partner' }>;
let receiver: { url: string; server: Server; hits: number };

beforeAll(async () => {
  const adminUser = await makeUser(db, { role: 'admin', name: 'Ada Admin' });
  admin = { kind: 'user', userId: adminUser.id, role: 'admin', name: adminUser.name };
  const sellerUser = await makeUser(db, { role: 'seller' });
  seller = { kind: 'user', userId: sellerUser.id, role: 'seller', name: sellerUser.name };
  const row = (await makePartner(db, 'On premises')).partner;
  partner = { kind: 'partner', partnerId: row.id, name: row.name };
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      receiver.hits += 1;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    server,
    hits: 0,
  };
});

afterAll(() => new Promise<void>((resolve) => receiver.server.close(() => resolve())));

describe("the admin's webhook allow-list", () => {
  it('lets endpoints in an allowed network register, and still refuses every other private address', async () => {
    await expect(
      createWebhookEndpoint(db, partner, partner.partnerId, { url: 'http://10.1.2.7/hooks' }),
    ).rejects.toThrow('private network');

    await setWebhookAllowList(db, admin, { networks: ['10.1.2.0/24'] });

    const inside = await createWebhookEndpoint(db, partner, partner.partnerId, {
      url: 'http://10.1.2.7/hooks',
    });
    expect(inside.url).toBe('http://10.1.2.7/hooks');
    for (const url of ['http://10.1.3.7/hooks', 'http://192.168.1.1/hooks', 'http://127.0.0.1/hooks']) {
      await expect(createWebhookEndpoint(db, partner, partner.partnerId, { url })).rejects.toMatchObject({
        code: 'UNPROCESSABLE',
      });
    }
    await expect(
      updateWebhookEndpoint(db, partner, inside.id, { url: 'http://10.1.2.200/other' }),
    ).resolves.toMatchObject({ url: 'http://10.1.2.200/other' });
    await expect(
      updateWebhookEndpoint(db, partner, inside.id, { url: 'http://10.9.9.9/other' }),
    ).rejects.toThrow('private network');
    await deleteWebhookEndpoint(db, partner, inside.id);
  });

  it('is checked again at every delivery: a network taken off the list is refused from then on', async () => {
    await setWebhookAllowList(db, admin, { networks: ['127.0.0.1'] });
    const endpoint = await createWebhookEndpoint(db, partner, partner.partnerId, { url: receiver.url });
    const first = await sendTestWebhook(db, partner, endpoint.id);
    await expect(attemptWebhookDelivery({ db }, first.id)).resolves.toMatchObject({ outcome: 'delivered' });
    expect(receiver.hits).toBe(1);

    await setWebhookAllowList(db, admin, { networks: [] });
    const second = await sendTestWebhook(db, partner, endpoint.id);
    const refused = await attemptWebhookDelivery({ db }, second.id);
    expect(refused.outcome === 'retry' && refused.error).toMatch(/loopback/);
    expect(receiver.hits).toBe(1);

    // The environment's floor still allows it whatever the admin's list says.
    const third = await sendTestWebhook(db, partner, endpoint.id);
    await expect(
      attemptWebhookDelivery({ db, allowList: parseWebhookAllowList('127.0.0.1/32') }, third.id),
    ).resolves.toMatchObject({ outcome: 'delivered' });
    expect(receiver.hits).toBe(2);
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('refuses entries that are not networks, public, link-local or too wide, naming each', async () => {
    const cases = [
      ['10.1.2.0/33', '"10.1.2.0/33" is not an address or a CIDR network'],
      ['not a network', '"not a network" is not an address or a CIDR network'],
      ['8.8.8.0/24', '8.8.8.0/24 is public'],
      ['169.254.0.0/16', '169.254.0.0/16 is link-local'],
      ['10.0.0.0/4', 'wider than /8'],
    ] as const;
    for (const [entry, message] of cases) {
      const refusal = await setWebhookAllowList(db, admin, { networks: ['10.1.2.0/24', entry] }).catch(
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(ZodError);
      expect((refusal as ZodError).issues).toEqual([
        expect.objectContaining({ path: ['networks', 1], message: expect.stringContaining(message) }),
      ]);
    }
  });

  it('keeps every saved list as history, newest in force, with who saved it; admins only', async () => {
    await setWebhookAllowList(db, admin, { networks: ['192.168.10.0/24', ' 10.20.0.0/16 '] });
    const list = await getWebhookAllowList(db, admin, parseWebhookAllowList('172.16.5.0/24'));
    expect(list.networks).toEqual(['192.168.10.0/24', '10.20.0.0/16']);
    expect(list.floor).toEqual(['172.16.5.0/24']);
    expect(list.history[0]).toMatchObject({ networks: list.networks, setByName: 'Ada Admin' });
    expect(list.history.length).toBeGreaterThanOrEqual(4);

    await expect(getWebhookAllowList(db, seller)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setWebhookAllowList(db, seller, { networks: [] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(setWebhookAllowList(db, partner, { networks: [] })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
