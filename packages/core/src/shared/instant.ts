import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';

const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

export const INSTANT_RANGE_MESSAGE = fieldMessage('period.instant-out-of-range');

/**
 * Whether a moment fits the database's timestamps and plain ISO 8601 (years 1 to 9999): JavaScript
 * dates reach year 275760 and year 0, which Postgres refuses to read.
 */
export function isStorableInstant(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST && time <= LATEST;
}

/** A moment given by a caller (an ISO string or a Date), within the range the database can store. */
export const ZInstant = z.coerce.date().refine(isStorableInstant, INSTANT_RANGE_MESSAGE);
