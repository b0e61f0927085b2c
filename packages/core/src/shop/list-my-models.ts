import type { Db } from '@facet/db/client';
import { modelDetails } from '@facet/db/schema/models';
import { desc, eq } from 'drizzle-orm';
import { type TModel, toModelDto } from '../models/model-dto';
import type { Actor } from '../shared/actor';
import { shopperId } from './find-cart';

/** The shopper's recent uploads, newest first. */
export async function listMyModels(db: Db, actor: Actor, limit = 24): Promise<TModel[]> {
  const rows = await db
    .select()
    .from(modelDetails)
    .where(eq(modelDetails.ownerUserId, shopperId(actor)))
    .orderBy(desc(modelDetails.createdAt))
    .limit(limit);
  return rows.map(toModelDto);
}
