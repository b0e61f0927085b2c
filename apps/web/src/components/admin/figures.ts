import { CARAT_BANDS } from '@facet/core/pricing/stone-price-table';
import { intlLocale } from '@facet/ui/format';

/** An amount in major units for a table of figures, without grouping: "1234.50", «1234,50». */
export function plainAmount(minorUnits: number, locale: string): string {
  return (minorUnits / 100).toLocaleString(intlLocale(locale), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
}

type BandMessages = (key: 'band' | 'bandFrom', values: { from: number; to?: number }) => string;

/**
 * A carat band by its index in CARAT_BANDS, through the `uiRest.stones` messages: "0.25–0.5 ct",
 * "2 ct and over"; «0,25–0,5 кар», «от 2 кар».
 */
export function caratBandLabel(index: number, t: BandMessages): string {
  const from = CARAT_BANDS[index]!;
  const to = CARAT_BANDS[index + 1];
  return to === undefined ? t('bandFrom', { from }) : t('band', { from, to });
}
