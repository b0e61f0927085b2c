/** The most calls one tRPC batch may carry; the browser's batch link splits larger batches at it. */
export const TRPC_MAX_BATCH_SIZE = 20;
