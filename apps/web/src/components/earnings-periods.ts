/** The periods earnings are read by, in the viewer's own calendar. */
export const EARNINGS_PERIODS = [
  { id: 'week', label: 'This week' },
  { id: 'month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
] as const;
export type EarningsPeriodId = (typeof EARNINGS_PERIODS)[number]['id'];

/** [from, to) of a period; weeks start on Monday. */
export function earningsPeriod(id: EarningsPeriodId, now: Date = new Date()): { from: Date; to: Date } {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (id === 'week') {
    const from = new Date(day);
    from.setDate(day.getDate() - ((day.getDay() + 6) % 7));
    const to = new Date(from);
    to.setDate(from.getDate() + 7);
    return { from, to };
  }
  const offset = id === 'last-month' ? -1 : 0;
  return {
    from: new Date(now.getFullYear(), now.getMonth() + offset, 1),
    to: new Date(now.getFullYear(), now.getMonth() + offset + 1, 1),
  };
}
