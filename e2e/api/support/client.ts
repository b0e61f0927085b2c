import createClient from 'openapi-fetch';
import type { paths } from '../generated/partner-api.gen';
import { expectDocumented } from './contract';
import { stackReport } from './stack';

/**
 * The client a partner would generate from our document (openapi-typescript + openapi-fetch). Every
 * response it receives is checked against the served document before the test sees it.
 */
export function partnerClient(key: string | null) {
  const client = createClient<paths>({
    baseUrl: `${stackReport().webUrl}/api/v1`,
    headers: key ? { Authorization: `Bearer ${key}` } : {},
  });
  client.use({
    async onResponse({ request, response, schemaPath }) {
      await expectDocumented(request.method, schemaPath, response);
      return undefined;
    },
  });
  return client;
}

export type PartnerClient = ReturnType<typeof partnerClient>;
