import type { Db } from '@facet/db/client';
import type { Locale } from '../i18n/locale';
import { getModel } from '../models/get-model';
import type { Actor } from '../shared/actor';
import { type TPartnerModel, toPartnerModel } from './partner-model-dto';
import { quoteModel } from './quote-model';

/**
 * A model the partner uploaded: its analysis, what stops it being cast, and a quote per alloy; its
 * verdicts and rejection said in `locale` (the language `Accept-Language` asked for, English by default).
 */
export async function getPartnerModel(
  db: Db,
  actor: Actor,
  modelId: string,
  options: { locale?: Locale } = {},
): Promise<TPartnerModel> {
  const model = await getModel(db, actor, modelId);
  const quotes =
    model.status === 'ANALYSED' ? (await quoteModel(db, actor, { modelId: model.id }, options)).quotes : [];
  return toPartnerModel(model, quotes, options.locale);
}
