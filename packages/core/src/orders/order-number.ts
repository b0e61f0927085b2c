/** An order's number as people see it (and as the web app's `formatOrderNumber` prints it): FCT-001042. */
export function formatOrderNumber(number: number): string {
  return `FCT-${String(number).padStart(6, '0')}`;
}
