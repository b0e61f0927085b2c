import pino, { type Logger } from 'pino';

/** JSON logs, one line an event; `app` names the process, children add requestId, orderId, jobId. */
export function createLogger(app: string, level = 'info'): Logger {
  return pino({ level, base: { app }, timestamp: pino.stdTimeFunctions.isoTime });
}

export type { Logger };
