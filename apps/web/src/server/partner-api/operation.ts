import type { Locale } from '@facet/core/i18n/locale';
import type { PartnerCaller } from '@facet/core/partners/authenticate-api-key';
import type { Db } from '@facet/db/client';
import type { ApiScope } from '@facet/db/enums';
import type { z } from 'zod';
import type { ProblemSlug } from './problem';

type AnyObject = z.ZodObject;

/**
 * One operation of the partner API, declared once: the route handler parses and answers with it, and
 * the OpenAPI document is generated from it, so the two cannot drift apart.
 */
export interface PartnerOperation<
  TParams extends AnyObject | undefined = AnyObject | undefined,
  TQuery extends AnyObject | undefined = AnyObject | undefined,
  TBody extends z.ZodType | undefined = z.ZodType | undefined,
> {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Relative to /api/v1, with OpenAPI templates: `/orders/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The scope the key needs; null for public operations (no key, no rate limit). */
  scope: ApiScope | null;
  /** What one call costs of the key's budget (default 1). */
  limit?: { cost: number };
  /** `required`: the request must carry an Idempotency-Key; a repeat gets the first response back. */
  idempotency?: 'required';
  params?: TParams;
  query?: TQuery;
  /** A JSON body. */
  body?: TBody;
  bodyExample?: unknown;
  /** The body is a file (raw, or multipart/form-data with a `file` field) read by the handler. */
  upload?: { maxBytes: number };
  /** Success statuses and their bodies (none for 204). */
  responses: Record<number, { description: string; schema?: z.ZodType; headers?: Record<string, string> }>;
  /** Problems this operation may answer with, besides the ones every operation may. */
  problems: ProblemSlug[];
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface PartnerContext<Op extends PartnerOperation> {
  request: Request;
  requestId: string;
  /** The API version this request is answered in (`Facet-Version`, else the key's pinned one). */
  apiVersion: string;
  /** The language `Accept-Language` asks for, of those Facet speaks; English by default. */
  locale: Locale;
  /** The partner's own pool; inside an idempotent operation, the transaction that stores the response. */
  db: Db;
  caller: Op['scope'] extends null ? null : PartnerCaller;
  params: Op extends PartnerOperation<infer P, infer _Q, infer _B> ? Out<P> : never;
  query: Op extends PartnerOperation<infer _P, infer Q, infer _B> ? Out<Q> : never;
  body: Op extends PartnerOperation<infer _P, infer _Q, infer B> ? Out<B> : never;
}

export interface PartnerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type PartnerHandler<Op extends PartnerOperation> = (
  context: PartnerContext<Op>,
) => Promise<PartnerResult>;

/** Keeps the literal types of an operation, so its handler's context is typed from its schemas. */
export function defineOperation<
  TParams extends AnyObject | undefined = undefined,
  TQuery extends AnyObject | undefined = undefined,
  TBody extends z.ZodType | undefined = undefined,
  TScope extends ApiScope | null = ApiScope | null,
>(
  operation: PartnerOperation<TParams, TQuery, TBody> & { scope: TScope },
): PartnerOperation<TParams, TQuery, TBody> & { scope: TScope } {
  return operation;
}
