import 'server-only';
import { hashApiKey, looksLikeApiKey } from '@facet/auth/api-key';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import {
  authenticateApiKey,
  type PartnerCaller,
  refuseApiKey,
} from '@facet/core/partners/authenticate-api-key';
import { isDomainError } from '@facet/core/shared/errors';
import type { Db } from '@facet/db/client';
import type { ApiScope } from '@facet/db/enums';
import { problemSlugOf } from './map-error';
import { ApiProblem, localizedProblem } from './problem';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="facet-partner-api"' };

/** The partner behind `Authorization: Bearer <key>`, or a 401 problem saying what is wrong with the key. */
export async function authenticateRequest(request: Request, db: Db): Promise<PartnerCaller> {
  try {
    const header = request.headers.get('authorization');
    const key = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (!header) refuseApiKey('missing', domainMessage('api-key.missing'));
    if (!key || !looksLikeApiKey(key)) {
      refuseApiKey('malformed', domainMessage('api-key.malformed'));
    }
    return await authenticateApiKey(db, hashApiKey(key));
  } catch (error) {
    if (isDomainError(error) && error.code === 'UNAUTHENTICATED') {
      throw new ApiProblem(problemSlugOf(error), error.message, {
        headers: CHALLENGE,
        localized: error.localized,
      });
    }
    throw error;
  }
}

export function requireScope(caller: PartnerCaller, scope: ApiScope): void {
  if (!caller.scopes.includes(scope)) {
    throw localizedProblem(
      'insufficient-scope',
      domainMessage('api-key.scope-missing', { scope, scopes: caller.scopes.join(', ') }),
      { members: { requiredScope: scope } },
    );
  }
}
