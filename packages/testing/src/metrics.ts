/** One sample of the Prometheus text format: `name{label="value",…} 12.5`. */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** The samples of a scrape (comments and blank lines skipped; escaped label values unescaped). */
export function parseMetrics(text: string): MetricSample[] {
  return text.split('\n').flatMap((line) => {
    const match = SAMPLE.exec(line.trim());
    if (!match || line.startsWith('#')) return [];
    const labels: Record<string, string> = {};
    for (const [, name, raw] of (match[2] ?? '').matchAll(LABEL)) {
      labels[name!] = raw!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    return [{ name: match[1]!, labels, value: Number(match[3]) }];
  });
}

/**
 * The value of the one sample with this name whose labels include `labels`, or undefined when there
 * is none. Throws when several match, so a test never reads an arbitrary one.
 */
export function metricValue(
  scrape: string | MetricSample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const samples = typeof scrape === 'string' ? parseMetrics(scrape) : scrape;
  const found = samples.filter(
    (sample) =>
      sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) {
    throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}; name more labels`);
  }
  return found[0]?.value;
}
