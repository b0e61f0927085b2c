/** A destination for a pino logger that keeps each JSON line, for tests that read what was logged. */
export function captureLogs() {
  const lines: Array<Record<string, unknown>> = [];
  return {
    stream: {
      write(line: string) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
    lines,
    /** The lines with this message (and these fields, when given). */
    find(msg: string, fields: Record<string, unknown> = {}) {
      return lines.filter(
        (line) => line.msg === msg && Object.entries(fields).every(([key, value]) => line[key] === value),
      );
    },
  };
}
