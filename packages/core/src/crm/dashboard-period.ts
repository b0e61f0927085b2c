/**
 * Calendar arithmetic of the dashboard's period. Days are plain calendar dates ("2026-03-09") in the
 * workshop's time zone (the database's `order_report_day()` decides which day an order belongs to),
 * so all of it is done in UTC on dates, never on instants.
 */

export const DEFAULT_PERIOD_DAYS = 30;
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const count = Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The Monday of the day's week (ISO weeks, as Postgres' `date_trunc('week', …)`). */
export function weekStartOf(day: string): string {
  const weekday = (parseDay(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The period asked for, or the last 30 days up to today; a missing end is filled from the other. */
export function resolvePeriod(
  asked: { from?: string; to?: string },
  today: string,
): { from: string; to: string } {
  const to = asked.to ?? (asked.from ? minDay(addDays(asked.from, DEFAULT_PERIOD_DAYS - 1), today) : today);
  const from = asked.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return { from, to };
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
