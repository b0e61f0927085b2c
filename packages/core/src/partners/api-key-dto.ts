import { API_MODES, API_SCOPES } from '@facet/db/enums';
import type { apiKeys } from '@facet/db/schema/partners';
import { z } from 'zod';
import { isoOrNull } from './dates';

export const ZApiScope = z.enum(API_SCOPES);
/** `live` does real business; `test` works in the sandbox (README: Partner API, Sandbox). */
export const ZApiMode = z.enum(API_MODES);

export const ZApiKey = z.object({
  id: z.string().uuid(),
  partnerId: z.string().uuid(),
  name: z.string(),
  /** What a person sees of a key: its prefix and last four characters. */
  display: z.string().meta({ example: 'fct_live_3kq9…x7b2' }),
  prefix: z.string(),
  mode: ZApiMode,
  lastFour: z.string(),
  scopes: z.array(ZApiScope),
  /** The API version its requests get unless they ask for another (`Facet-Version`). */
  apiVersion: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

export function toApiKeyDto(row: typeof apiKeys.$inferSelect): TApiKey {
  return {
    id: row.id,
    partnerId: row.partnerId,
    name: row.name,
    display: `${row.prefix}…${row.lastFour}`,
    prefix: row.prefix,
    mode: row.mode,
    lastFour: row.lastFour,
    scopes: row.scopes.filter((scope): scope is z.infer<typeof ZApiScope> =>
      (API_SCOPES as readonly string[]).includes(scope),
    ),
    apiVersion: row.apiVersion,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: isoOrNull(row.lastUsedAt),
    revokedAt: isoOrNull(row.revokedAt),
  };
}
