import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Figures = Record<string, number | string | boolean>;

/** Prints the figures as a table and writes them to bench/results/<name>.json. */
export function writeResults(name: string, figures: Figures): void {
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  const record = { name, at: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.table(figures);
  console.log(`wrote ${file}`);
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Times `work` `runs` times after `warmups` untimed calls; the samples in ms, sorted ascending. */
export async function timeRuns(
  runs: number,
  work: (i: number) => Promise<unknown>,
  warmups = 10,
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}
