import { describe, expect, it } from 'vitest';
import { VersionGate } from './version-gate';

describe('VersionGate', () => {
  it('accepts each version once, in any arrival order, and never an older one', () => {
    const gate = new VersionGate<string>();
    expect(gate.accept('a', 2, 'approved')).toBe(true);
    expect(gate.accept('a', 2, 'approved')).toBe(false);
    expect(gate.accept('a', 1, 'priced')).toBe(false);
    expect(gate.accept('a', 3, 'claimed')).toBe(true);
    expect(gate.get('a')).toEqual({ version: 3, state: 'claimed' });
    expect(gate.isStale('a', 2)).toBe(true);
    expect(gate.isStale('a', 3)).toBe(false);
    expect(gate.isStale('b', 1)).toBe(false);
  });

  it('forgets the entities seen longest ago beyond its capacity', () => {
    const gate = new VersionGate(2);
    gate.accept('a', 1, null);
    gate.accept('b', 1, null);
    gate.accept('c', 1, null);
    expect(gate.get('a')).toBeUndefined();
    expect(gate.get('c')).toBeDefined();
  });
});
