/**
 * The newest version seen of each entity (an order), with what it said. Pushes can arrive late,
 * twice, or after a reload already showed something newer: apply one only if `accept` says so.
 */
export class VersionGate<TState = unknown> {
  private readonly latest = new Map<string, { version: number; state: TState }>();

  constructor(private readonly capacity = 5_000) {}

  /** True (and remembered) when `version` is newer than anything seen for `id`. */
  accept(id: string, version: number, state: TState): boolean {
    const known = this.latest.get(id);
    if (known && known.version >= version) return false;
    this.latest.delete(id);
    this.latest.set(id, { version, state });
    if (this.latest.size > this.capacity) {
      const oldest = this.latest.keys().next().value;
      if (oldest !== undefined) this.latest.delete(oldest);
    }
    return true;
  }

  /** Whether data of `version` for `id` is older than what a push already said. */
  isStale(id: string, version: number): boolean {
    const known = this.latest.get(id);
    return known !== undefined && known.version > version;
  }

  get(id: string): { version: number; state: TState } | undefined {
    return this.latest.get(id);
  }
}
