import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Features that others build on must not reach back up: the CRM reads orders and SLA breaches, so
 * orders and the SLA watchdog import nothing of the CRM (a rule both need lives in the lower one).
 */
const FORBIDDEN: Array<[from: string, to: string]> = [
  ['orders', 'crm'],
  ['orders', 'sla'],
  ['sla', 'crm'],
];

function importsOf(feature: string): Array<{ file: string; target: string }> {
  const dir = join(import.meta.dirname, feature);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/from '\.\.\/([a-z-]+)\//g)].map((match) => ({
        file: `${feature}/${file}`,
        target: match[1]!,
      })),
    );
}

describe('core features', () => {
  it.each(FORBIDDEN)('%s imports nothing from %s', (from, to) => {
    expect(importsOf(from).filter((edge) => edge.target === to)).toEqual([]);
  });

  it('see an import when there is one', () => {
    expect(importsOf('orders').some((edge) => edge.target === 'pricing')).toBe(true);
  });
});
