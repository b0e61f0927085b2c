import { domainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import type { Locale } from '@facet/core/i18n/locale';
import { localizeIssue } from '@facet/core/i18n/validation-messages';
import { DOMAIN_ERRORS, isDomainError } from '@facet/core/shared/errors';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z } from 'zod';
import type { ApiContext } from './context';

const t = initTRPC.context<ApiContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const cause = error.cause;
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      // What failed (SQL, its parameters, a stack) stays in the log line with this request id.
      const { stack: _stack, ...data } = shape.data;
      return {
        ...shape,
        message: internalErrorMessage(ctx?.requestId, ctx?.locale),
        data: { ...data, requestId: ctx?.requestId ?? null, zodError: null, details: null, reason: null },
      };
    }
    return {
      ...shape,
      // A refusal from the domain, in the caller's language where the catalogue has it.
      message:
        isDomainError(cause) && cause.localized
          ? renderDomainMessage(cause.localized, ctx?.locale ?? 'en')
          : shape.message,
      data: {
        ...shape.data,
        // Field errors for forms: { fieldErrors: { email: ['…'] } }
        zodError:
          cause instanceof z.ZodError
            ? z.flattenError(cause, (issue) => localizeIssue(issue, ctx?.locale))
            : null,
        details: isDomainError(cause) ? (cause.details ?? null) : null,
        reason: isDomainError(cause) ? (cause.reason ?? null) : null,
      },
    };
  },
});

export function internalErrorMessage(requestId: string | undefined, locale: Locale = 'en'): string {
  return renderDomainMessage(domainMessage('server.internal-error', { requestId: requestId ?? '' }), locale);
}

/**
 * Turns the domain's errors into tRPC errors with the same message, and input a use case refused
 * with its own schema into BAD_REQUEST (not a 500).
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isDomainError(cause)) {
    throw new TRPCError({ code: DOMAIN_ERRORS[cause.code].trpcCode, message: cause.message, cause });
  }
  if (cause instanceof z.ZodError && result.error.code === 'INTERNAL_SERVER_ERROR') {
    throw new TRPCError({ code: 'BAD_REQUEST', message: z.prettifyError(cause), cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
export const publicProcedure = t.procedure.use(mapDomainErrors);
