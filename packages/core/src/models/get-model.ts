import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { assertCanSeeModel } from './model-access';

export type ModelRow = typeof models.$inferSelect;

/** A model the actor may see, or NOT_FOUND. */
export async function getModel(db: Db, actor: Actor, modelId: string): Promise<ModelRow> {
  const model = /^[0-9a-f-]{36}$/i.test(modelId)
    ? await db.query.models.findFirst({ where: eq(models.id, modelId) })
    : undefined;
  return assertCanSeeModel(actor, model);
}
