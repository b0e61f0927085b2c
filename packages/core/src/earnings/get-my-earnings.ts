import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { assertOperator } from '../production/assert-operator';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import {
  collectOperatorEarnings,
  type TEarningsPeriod,
  ZOperatorEarnings,
} from './collect-operator-earnings';
import { findPayRate, ZPayRate } from './pay-rate';

export const ZMyEarnings = z.object({ rate: ZPayRate, earnings: ZOperatorEarnings });
export type TMyEarnings = z.infer<typeof ZMyEarnings>;

/** The asking operator's own figures for a period: nobody reads another operator's pay here. */
export async function getMyEarnings(db: Db, actor: Actor, period: TEarningsPeriod): Promise<TMyEarnings> {
  assertOperator(actor);
  if (actor.role !== 'operator') {
    throw new DomainError('UNPROCESSABLE', domainMessage('earnings.operators-only'));
  }
  const rate = await findPayRate(db);
  const [earnings] = await collectOperatorEarnings(db, period, rate, actor.userId);
  if (!earnings) throw new DomainError('NOT_FOUND', domainMessage('earnings.operator-not-found'));
  return { rate, earnings };
}
