'use client';

import { createFormat, type Format } from '@facet/ui/format';
import { useLocale } from 'next-intl';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

const InstallationCurrency = createContext('EUR');

/** Gives every client component the installation's currency, for money shown without one of its own. */
export function FormatProvider({ currency, children }: { currency: string; children: ReactNode }) {
  return <InstallationCurrency.Provider value={currency}>{children}</InstallationCurrency.Provider>;
}

/** Formatters for figures in the page's language (`money`, `grams`, `dateTime`, `relative`…). */
export function useFormat(): Format {
  const locale = useLocale();
  const currency = useContext(InstallationCurrency);
  return useMemo(() => createFormat(locale, currency), [locale, currency]);
}
