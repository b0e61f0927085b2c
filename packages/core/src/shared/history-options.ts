/**
 * For use cases that can write history: the demo's past orders go through the same use cases as
 * live ones (so timelines, counts and report rollups stay exact), dated when they happened.
 */
export interface HistoryOptions {
  /** When the change happened; now when not given. */
  at?: Date;
}
