import { POOL_PAGE_SIZE } from '@facet/core/production/list-pool';

/** The pool query's input: the same on the server (prefetch) and in the browser, so the cache key matches. */
export function poolInput(alloyCode: string | null | undefined): { limit: number; alloyCode?: string } {
  return alloyCode ? { limit: POOL_PAGE_SIZE, alloyCode } : { limit: POOL_PAGE_SIZE };
}
