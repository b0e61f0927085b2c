/** Partner-facing DTOs carry timestamps as ISO 8601 strings in UTC: what JSON clients read. */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}
