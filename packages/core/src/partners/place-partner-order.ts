import type { Db } from '@facet/db/client';
import type { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { createOrderWithItems, ZCreateOrderInput } from '../orders/create-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TPartnerOrder, toPartnerOrder } from './partner-order-dto';

export const ZPlacePartnerOrderInput = ZCreateOrderInput.omit({ clientId: true });
export type TPlacePartnerOrderInput = z.infer<typeof ZPlacePartnerOrderInput>;

/**
 * A partner's order through the API: the same createOrder the shop and the CRM use, submitted at
 * once. A second order with the same externalRef is refused rather than doubled. The worker's canary
 * places its orders here too, marked as canaries (the API never does).
 */
export async function placePartnerOrder(
  db: Db,
  actor: Extract<Actor, { kind: 'partner' }>,
  input: TPlacePartnerOrderInput,
  options: { isCanary?: boolean; locale?: Locale } = {},
): Promise<TPartnerOrder> {
  try {
    const { order, items, changes } = await createOrderWithItems(
      db,
      actor,
      { ...input, clientId: null },
      // The canary's order waits for the pricing job, so that the canary watches the job too.
      { channel: 'api', isCanary: options.isCanary, priceAtOnce: !options.isCanary },
    );
    // Answered from what was written, not read back: a new order's timeline is its creation, and its
    // price and approval when it was priced at once.
    return toPartnerOrder(
      order,
      items,
      changes.map((change) => ({
        version: change.version,
        type: change.type,
        fromStatus: change.fromStatus,
        toStatus: change.status,
        actorKind: change.actorKind,
        reason: change.reason,
        data: change.reasonMessage ? { message: change.reasonMessage } : null,
        createdAt: new Date(change.at),
      })),
      options.locale,
    );
  } catch (error) {
    if (isUniqueViolation(error, 'orders_partner_ref_key')) {
      throw new DomainError(
        'CONFLICT',
        domainMessage('api.external-ref-taken', { ref: input.externalRef ?? '' }),
        { field: 'externalRef' },
        'external-ref-taken',
      );
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const pg = cause as Error & { code?: string; constraint_name?: string };
    if (pg.code === '23505' && pg.constraint_name === constraint) return true;
  }
  return false;
}
