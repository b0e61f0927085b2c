import { renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { API_VERSION_HEADER, type ApiVersion, resolveApiVersion } from '@facet/core/partners/api-versions';
import { isDomainError } from '@facet/core/shared/errors';
import { ApiProblem } from './problem';

/** The version to answer in (see core/partners/api-versions), or a 400 problem naming the known versions. */
export function apiVersionOf(request: Request, pinned: string | null): ApiVersion {
  try {
    return resolveApiVersion(request.headers.get(API_VERSION_HEADER), pinned);
  } catch (error) {
    if (isDomainError(error) && error.code === 'INVALID_INPUT') {
      throw new ApiProblem('unknown-api-version', error.message, {
        errors: [{ field: API_VERSION_HEADER, message: error.message }],
        ...(error.localized
          ? {
              errorsRu: [{ field: API_VERSION_HEADER, message: renderDomainMessage(error.localized, 'ru') }],
            }
          : {}),
        members: { knownVersions: error.details?.knownVersions },
        localized: error.localized,
      });
    }
    throw error;
  }
}
