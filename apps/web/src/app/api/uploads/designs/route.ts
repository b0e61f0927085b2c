import { actorForUser } from '@facet/auth/session-user';
import { domainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { ZUploadDesignInput } from '@facet/core/models/design-schema';
import { uploadDesign } from '@facet/core/models/upload-design';
import { DomainError, isDomainError } from '@facet/core/shared/errors';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { readBoundedBody } from '@/server/http/bounded-body';
import { observeRoute } from '@/server/observability/observe-route';
import { problem, problemFromError, sessionLocale } from '@/server/problem';
import { getStorage } from '@/server/storage';

const MAX_BODY_BYTES = 16 * 1024;

/**
 * A piece built in the shop's constructor, as JSON (`{ design }`): made into a model by `uploadDesign`.
 * A design the builder's rules refuse is answered with its `problems`, control by control. Every
 * refusal is said in the shopper's language.
 */
export const POST = observeRoute('/api/uploads/designs', async (request, _context, scope) => {
  // The body is bounded from the first byte, while the session is looked up: the framework reads a
  // request's body as it arrives, so a refusal that waited for the session would let a 50 MB body in.
  const body = readBoundedBody(request, MAX_BODY_BYTES);
  body.catch(() => undefined);
  try {
    const user = await getSessionUser();
    if (!user) throw new DomainError('UNAUTHENTICATED', domainMessage('session.sign-in-to-order'));
    scope.annotate({ userId: user.id });
    const parsed = ZUploadDesignInput.safeParse(parseJson(new TextDecoder().decode(await body)));
    if (!parsed.success) throw new DomainError('INVALID_INPUT', domainMessage('model.design-unreadable'));
    const model = await uploadDesign({ db: getDb(), storage: getStorage() }, actorForUser(user), parsed.data);
    scope.annotate({ modelId: model.id });
    return Response.json(model, { status: 201 });
  } catch (error) {
    if (isDomainError(error) && error.code === 'UNPROCESSABLE' && error.details?.problems) {
      // The problems in the shopper's language, as the constructor says them beside its controls.
      const locale = error.localized ? await sessionLocale() : 'en';
      const detail = error.localized ? renderDomainMessage(error.localized, locale) : error.message;
      const title = renderDomainMessage(domainMessage('design.cannot-be-made'), locale);
      return problem(422, title, detail, { problems: error.details.problems }, locale);
    }
    return problemFromError(error, scope);
  }
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
