import type { Db } from '@facet/db/client';
import { getModel } from '../models/get-model';
import type { Actor } from '../shared/actor';
import { type TPartnerModel, toPartnerModel } from './partner-model-dto';
import { quoteModel } from './quote-model';

/** A model the partner uploaded: its analysis, what stops it being cast, and a quote per alloy. */
export async function getPartnerModel(db: Db, actor: Actor, modelId: string): Promise<TPartnerModel> {
  const model = await getModel(db, actor, modelId);
  const quotes =
    model.status === 'ANALYSED' ? (await quoteModel(db, actor, { modelId: model.id })).quotes : [];
  return toPartnerModel(model, quotes);
}
