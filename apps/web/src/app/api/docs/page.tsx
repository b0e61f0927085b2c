import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { PartnerApiReference } from '@/components/docs/partner-api-reference';
import { env } from '@/env';
import { requestOrigin } from '@/server/http/request-origin';
import { buildOpenApiDocument } from '@/server/partner-api/openapi/build-openapi-document';
import { describeForDocsPage } from '@/server/partner-api/openapi/docs-guide';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('uiRest.docs'))('title') };
}

/**
 * The partner API's docs: the same OpenAPI document the API serves, rendered by Scalar with its try-it
 * console, and with this server — at the address the reader reached it — as the one to call, so the
 * curl examples and the console point here.
 */
export default async function PartnerApiDocsPage() {
  const origin = requestOrigin(await headers(), env().NEXTAUTH_URL);
  const document = buildOpenApiDocument();
  const t = await getTranslations('uiRest.docs');
  const readable = {
    ...document,
    info: { ...document.info, description: describeForDocsPage(document.info.description) },
    servers: [{ url: `${origin}/api/v1`, description: t('thisServer') }],
  };
  return <PartnerApiReference document={readable} />;
}
