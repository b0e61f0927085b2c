import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * JSON logs, one line an event: `{"level":"info","time":"…","app":"worker","msg":"…",…}`. `app`
 * names the process; children add requestId, orderId, jobId. Errors go under `err` (pino keeps the
 * message and stack). Tests pass a destination to read the lines.
 */
export function createLogger(app: string, level = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
