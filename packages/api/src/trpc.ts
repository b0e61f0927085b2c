import { localizeIssue } from '@facet/core/i18n/validation-messages';
import { type DomainErrorCode, isDomainError } from '@facet/core/shared/errors';
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
        message: internalErrorMessage(ctx?.requestId),
        data: { ...data, requestId: ctx?.requestId ?? null, zodError: null, details: null },
      };
    }
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field errors for forms: { fieldErrors: { email: ['…'] } }
        zodError:
          cause instanceof z.ZodError
            ? z.flattenError(cause, (issue) => localizeIssue(issue, ctx?.locale))
            : null,
        details: isDomainError(cause) ? (cause.details ?? null) : null,
      },
    };
  },
});

export function internalErrorMessage(requestId: string | undefined): string {
  return `Something went wrong on our side. Please try again${requestId ? `, and quote request id ${requestId} if it persists` : ''}.`;
}

const TRPC_CODE: Record<DomainErrorCode, TRPCError['code']> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'BAD_REQUEST',
  INVALID_TRANSITION: 'UNPROCESSABLE_CONTENT',
  UNPROCESSABLE: 'UNPROCESSABLE_CONTENT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/**
 * Turns the domain's errors into tRPC errors with the same message, and input a use case refused
 * with its own schema into BAD_REQUEST (not a 500).
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isDomainError(cause)) {
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
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
