declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database each test file copies its own from. */
    templateDatabase: string;
    redisUrl: string;
    /** Key prefix for this run's queues, so runs never see each other's jobs. */
    redisPrefix: string;
  }
}

export {};
