import { renderStoredMessage } from '@facet/core/i18n/domain-messages';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@facet/core/i18n/locale';
import { useLocale } from 'next-intl';

/** The page's language, as the domain's catalogue names it. */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Says a stored catalogue message (a timeline event's, a model's rejection) in the page's language;
 * a row from before messages were kept, or with a message the catalogue no longer has, shows the
 * text stored beside it.
 */
export function useSayStored(): (message: unknown, stored: string | null) => string | null {
  const locale = usePageLocale();
  return (message, stored) => renderStoredMessage(message, locale) ?? stored;
}
