import { z } from 'zod';

/** The currencies an installation can price in; money is kept in minor units (cents, kopecks). */
export const CURRENCIES = ['EUR', 'RUB'] as const;
export const ZCurrency = z.enum(CURRENCIES);
export type Currency = z.infer<typeof ZCurrency>;

export const ZCurrencyEnv = z.object({
  /** The installation's currency: every price, quote and alloy rate is in it. */
  FACET_CURRENCY: z
    .enum(CURRENCIES, { error: `FACET_CURRENCY must be one of ${CURRENCIES.join(', ')}` })
    .default('EUR'),
});

/** The installation's currency from `FACET_CURRENCY` (EUR when unset); a wrong value stops with its name. */
export function installationCurrency(source: Record<string, string | undefined> = process.env): Currency {
  const parsed = ZCurrencyEnv.safeParse(source);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data.FACET_CURRENCY;
}
