import { randomUUID } from 'node:crypto';
import { WAIT } from '../../support/budgets';
import { expect } from '../../support/test';
import type { PartnerClient } from './client';
import { boxStl } from './models';

/** Uploads a box of random size (so it is analysed afresh) and waits until it is analysed. */
export async function uploadAnalysedModel(client: PartnerClient): Promise<string> {
  const size: [number, number, number] = [10 + Math.random() * 8, 8 + Math.random() * 4, 3 + Math.random()];
  const { data, response } = await client.POST('/models', {
    params: { query: { filename: 'box.stl' } },
    body: boxStl(size) as unknown as string,
    bodySerializer: (body) => body as unknown as BodyInit,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  expect(response.status).toBe(201);
  const modelId = data!.id;
  await expect
    .poll(
      async () => (await client.GET('/models/{id}', { params: { path: { id: modelId } } })).data?.status,
      { timeout: WAIT.pipeline },
    )
    .toBe('ANALYSED');
  return modelId;
}

export async function placeOrder(
  client: PartnerClient,
  modelId: string,
  externalRef = `E2E-${randomUUID()}`,
) {
  const { data, response } = await client.POST('/orders', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: {
      externalRef,
      items: [{ modelId, alloyCode: 'AG925', finish: 'polished', scale: 1, quantity: 1 }],
    },
  });
  expect(response.status).toBe(201);
  return data!;
}
