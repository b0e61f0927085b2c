import 'server-only';
import { installationCurrency } from '@facet/core/shared/currency';
import { createFormat, type Format } from '@facet/ui/format';
import { getLocale } from 'next-intl/server';

/** Formatters for a server component, in the request's language and the installation's currency. */
export async function getFormat(): Promise<Format> {
  return createFormat(await getLocale(), installationCurrency());
}
