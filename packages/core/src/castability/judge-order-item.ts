import type { modelDetails } from '@facet/db/schema/models';
import type { currentAlloys } from '@facet/db/schema/pricing';
import {
  type DomainMessage,
  domainMessage,
  isKnownMessage,
  renderDomainMessage,
} from '../i18n/domain-messages';
import { scaleAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { DomainError } from '../shared/errors';
import { ZDesignRules } from './design-rules';
import { type JudgedAlloy, judgeCastability, type TCastability } from './judge-castability';

/** What castability needs of an alloy: the catalog's published row (`currentAlloys`) has it. */
type JudgeableAlloy = Pick<typeof currentAlloys.$inferSelect, 'code' | 'name' | 'designRules'>;

/** What castability needs of a model: the models' published row (`modelDetails`) has it. */
type JudgeableModel = Pick<typeof modelDetails.$inferSelect, 'status' | 'analysis'>;

export function toJudgedAlloy(alloy: JudgeableAlloy): JudgedAlloy {
  return { code: alloy.code, name: alloy.name, designRules: ZDesignRules.parse(alloy.designRules) };
}

/** The verdict of a piece of `model` at `scale` in `alloy`, today; null while the model is being analysed. */
export function judgeOrderItem(
  model: JudgeableModel,
  alloy: JudgeableAlloy,
  scale: number,
): TCastability | null {
  if (model.status !== 'ANALYSED' || !model.analysis) return null;
  return judgeCastability(scaleAnalysis(ZModelAnalysis.parse(model.analysis), scale), toJudgedAlloy(alloy));
}

/**
 * Why a piece may not be ordered with this verdict, or null when it may: not castable never; castable
 * with risk only when the buyer accepted the risk.
 */
export function refusalOf(
  verdict: TCastability,
  riskAccepted: boolean,
  modelName: string,
): {
  message: string;
  localized: DomainMessage;
  reason: 'not-castable' | 'castability-risk-not-accepted';
} | null {
  // A verdict stored before its summary was kept as a message has only the English sentence.
  const summary = isKnownMessage(verdict.summaryLocalized) ? verdict.summaryLocalized : null;
  if (verdict.verdict === 'NOT_CASTABLE') {
    const localized = summary
      ? domainMessage('castability.refused', { model: modelName, summary })
      : domainMessage('castability.not-castable', { model: modelName, summary: verdict.summary });
    return { message: renderDomainMessage(localized, 'en'), localized, reason: 'not-castable' };
  }
  if (verdict.verdict === 'CASTABLE_WITH_RISK' && !riskAccepted) {
    const localized = summary
      ? domainMessage('castability.risk-refused', { model: modelName, summary })
      : domainMessage('castability.risk-not-accepted', { model: modelName, summary: verdict.summary });
    return {
      message: renderDomainMessage(localized, 'en'),
      localized,
      reason: 'castability-risk-not-accepted',
    };
  }
  return null;
}

/** Refuses an item the buyer may not order (see `refusalOf`), naming the field to change. */
export function assertMayOrder(
  verdict: TCastability | null,
  riskAccepted: boolean,
  modelName: string,
  fields: { alloy: string; acceptRisk: string },
): void {
  const refusal = verdict ? refusalOf(verdict, riskAccepted, modelName) : null;
  if (!refusal) return;
  throw new DomainError(
    'UNPROCESSABLE',
    refusal.localized,
    { field: refusal.reason === 'not-castable' ? fields.alloy : fields.acceptRisk },
    refusal.reason,
  );
}
