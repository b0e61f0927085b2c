import { canOpenSurface } from '@facet/auth/roles';
import { domainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { env } from '@/env';
import { getSessionUser } from '@/server/auth';
import { sessionLocale } from '@/server/problem';
import { notServedHere, servesPath } from '@/server/process-role';
import { QUEUE_BOARD_PATH, queueBoard, withoutExternalFonts } from './queue-board';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The queue dashboard (bull-board), for administrators only: every request — the page, its API and
 * its static files — checks the session first.
 */
async function handle(request: Request): Promise<Response> {
  const { FACET_ROLE } = env();
  if (!servesPath(FACET_ROLE, QUEUE_BOARD_PATH)) return notServedHere(FACET_ROLE, request);
  const user = await getSessionUser();
  if (!user) {
    const signIn = new URL('/sign-in', request.url);
    signIn.searchParams.set('callbackUrl', QUEUE_BOARD_PATH);
    return Response.redirect(signIn, 303);
  }
  if (!canOpenSurface(user.role, 'admin')) {
    const locale = await sessionLocale();
    return new Response(renderDomainMessage(domainMessage('admin.queue-board-admins-only'), locale), {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale },
    });
  }
  return withoutExternalFonts(await queueBoard().fetch(request));
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
