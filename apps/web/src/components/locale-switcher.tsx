'use client';

import { LOCALE_NAMES, LOCALES } from '@facet/core/i18n/locale';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setLocale } from '@/i18n/set-locale';

/** The language switcher of the shell: saves the choice and renders the same page again in it. */
export function LocaleSwitcher() {
  const locale = useLocale();
  const t = useTranslations('shell');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('language')}</span>
      <select
        data-testid="locale-switcher"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
        className="h-8 rounded-md border border-border bg-background px-2 text-sm"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
