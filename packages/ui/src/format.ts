/** Numbers for people: money with currency, grams with one decimal, millimetres, relative times. */

export function formatMoney(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(cents / 100);
}

export function formatGrams(grams: number): string {
  return `${grams.toLocaleString('en-IE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} g`;
}

export function formatMm(mm: number): string {
  return `${mm.toLocaleString('en-IE', { maximumFractionDigits: 1 })} mm`;
}

export function formatOrderNumber(number: number): string {
  return `FCT-${String(number).padStart(6, '0')}`;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat('en-IE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
