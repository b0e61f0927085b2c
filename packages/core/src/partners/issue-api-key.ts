import type { Db } from '@facet/db/client';
import { API_SCOPES } from '@facet/db/enums';
import { apiKeys, partners } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TApiKey, toApiKeyDto, ZApiMode, ZApiScope } from './api-key-dto';
import { CURRENT_API_VERSION } from './api-versions';
import { assertIsStaff } from './partner-access';

export const ZIssueApiKeyInput = z.object({
  partnerId: z.string().uuid(),
  name: z.string().trim().min(1, fieldMessage('api-key.name-missing')).max(100),
  /** A test key (`fct_test_…`) works in the sandbox: its orders never reach the workshop. */
  mode: ZApiMode.default('live'),
  scopes: z
    .array(ZApiScope)
    .min(1, fieldMessage('api-key.scopes-missing'))
    .default([...API_SCOPES]),
});
export type TIssueApiKeyInput = z.input<typeof ZIssueApiKeyInput>;

/** A freshly generated key (`generateApiKey()` in @facet/auth): the key itself and what is stored of it. */
export interface GeneratedApiKey {
  key: string;
  prefix: string;
  lastFour: string;
  keyHash: string;
}

export interface IssuedApiKey {
  /** The whole key: shown once, never stored (only its SHA-256 is). */
  key: string;
  apiKey: TApiKey;
}

/** Issues a partner API key. The caller shows `key` once; afterwards only prefix and last four are known. */
export async function issueApiKey(
  db: Db,
  actor: Actor,
  input: TIssueApiKeyInput,
  generated: GeneratedApiKey,
): Promise<IssuedApiKey> {
  assertIsStaff(actor);
  const { partnerId, name, scopes, mode } = ZIssueApiKeyInput.parse(input);
  if (!generated.prefix.startsWith(`fct_${mode}_`)) {
    throw new Error(`A ${mode} key must be generated as one (generateApiKey('${mode}')).`);
  }
  const partner = await db.query.partners.findFirst({ where: eq(partners.id, partnerId) });
  if (!partner) throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'));
  const [row] = await db
    .insert(apiKeys)
    .values({
      partnerId,
      name,
      prefix: generated.prefix,
      mode,
      keyHash: generated.keyHash,
      lastFour: generated.lastFour,
      scopes: [...new Set(scopes)],
      apiVersion: CURRENT_API_VERSION,
      createdById: actor.userId,
    })
    .returning();
  if (!row) throw new Error('API key insert returned nothing');
  return { key: generated.key, apiKey: toApiKeyDto(row) };
}
