import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { alloyDesignRuleHistory } from '@facet/db/schema/pricing';
import { desc, eq } from 'drizzle-orm';
import { ZDesignRules } from '../castability/design-rules';
import type { Actor } from '../shared/actor';
import type { TAlloyDesignRulesVersion } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

/** Every saved version of an alloy's design rules, newest first. */
export async function listAlloyDesignRuleHistory(
  db: Db,
  actor: Actor,
  alloyId: string,
): Promise<TAlloyDesignRulesVersion[]> {
  assertAdmin(actor);
  const rows = await db
    .select({ version: alloyDesignRuleHistory, changedByName: users.name })
    .from(alloyDesignRuleHistory)
    .leftJoin(users, eq(users.id, alloyDesignRuleHistory.changedById))
    .where(eq(alloyDesignRuleHistory.alloyId, alloyId))
    .orderBy(desc(alloyDesignRuleHistory.createdAt), desc(alloyDesignRuleHistory.id))
    .limit(100);
  return rows.map(({ version, changedByName }) => ({
    id: version.id,
    designRules: ZDesignRules.parse(version.designRules),
    changedByName,
    createdAt: version.createdAt,
  }));
}
