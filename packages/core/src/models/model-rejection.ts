import type { models } from '@facet/db/schema/models';
import { isKnownMessage, type LocalizedMessage } from '../i18n/domain-messages';

/**
 * Why a rejected model cannot be made, to say inside a refusal or a timeline event: the parser's
 * refusal as a catalogue message (said in the reader's language), else the English text stored with
 * a model rejected before messages were kept; null when neither is known.
 */
export function rejectionOf(
  model: Pick<typeof models.$inferSelect, 'rejectionMessage' | 'rejectionReason'>,
): LocalizedMessage | string | null {
  return isKnownMessage(model.rejectionMessage) ? model.rejectionMessage : model.rejectionReason;
}
