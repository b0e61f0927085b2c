import { createPartnerClient } from '@facet/partner-client';
import { expectDocumented } from './contract';
import { stackReport } from './stack';

/**
 * The partner's typed client (`@facet/partner-client`, generated from our document). Every response
 * it receives is checked against the served document before the test sees it.
 */
export function partnerClient(key: string | null, options: { version?: string } = {}) {
  return createPartnerClient({
    baseUrl: `${stackReport().webUrl}/api/v1`,
    apiKey: key,
    ...options,
    middleware: [
      {
        async onResponse({ request, response, schemaPath }) {
          await expectDocumented(request.method, schemaPath, response);
          return undefined;
        },
      },
    ],
  });
}

export type PartnerClient = ReturnType<typeof partnerClient>;
