import type { HostileCase } from './hostile/hostile-case';
import { objCases } from './hostile/obj-cases';
import { stlCases } from './hostile/stl-cases';
import { threeMfCases } from './hostile/three-mf-cases';

export type { HostileCase };

/**
 * Every hostile file we refuse, each with the error code it must get, made in memory.
 * `scripts/make-hostile-corpus.ts` writes them to disk for end-to-end upload tests.
 */
export function makeHostileCorpus(): HostileCase[] {
  return [...stlCases(), ...objCases(), ...threeMfCases()];
}
