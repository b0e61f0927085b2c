import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { API_VERSION, type paths } from './schema.gen';

export type { components, operations, paths, webhooks } from './schema.gen';
export { API_VERSION };

export interface PartnerClientOptions {
  /** Where the API is, e.g. `https://facet.example/api/v1`. */
  baseUrl: string;
  /** `fct_live_…`; null for the operations that need none (ping). */
  apiKey: string | null;
  /** The version to ask for; by default the one these types were generated from. */
  version?: string;
  fetch?: typeof globalThis.fetch;
  middleware?: Middleware[];
}

export type PartnerClient = Client<paths>;

/**
 * A typed client of the Facet partner API (openapi-fetch over types generated from the OpenAPI
 * document): every path, parameter, body and answer is checked by the compiler.
 *
 * ```ts
 * const facet = createPartnerClient({ baseUrl: 'https://facet.example/api/v1', apiKey: process.env.FACET_KEY! });
 * const { data, error } = await facet.GET('/orders/{id}', { params: { path: { id } } });
 * ```
 */
export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    headers: {
      'Facet-Version': options.version ?? API_VERSION,
      ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}),
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  for (const middleware of options.middleware ?? []) client.use(middleware);
  return client;
}
