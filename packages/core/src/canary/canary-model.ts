import { buildDesign } from '@facet/mesh/parts/build-design';
import type { Design } from '@facet/mesh/parts/design';
import { writeBinaryStl } from '@facet/mesh/write';

/** A plain flat band, EU size 50: a small watertight ring (1,280 triangles, 64 KB) that can be cast. */
export const CANARY_DESIGN: Design = {
  version: 1,
  piece: { kind: 'band', size: { system: 'EU', value: 50 }, profile: 'flat', widthMm: 2, thicknessMm: 1.4 },
  setting: null,
  engraving: null,
};

/**
 * The canary's model file. The run's id goes into the STL header, so every canary's file has its own
 * SHA-256 and is analysed by the worker afresh (the analysis cache would otherwise answer at once).
 */
export function makeCanaryModelFile(runId: string): Uint8Array {
  return writeBinaryStl(buildDesign(CANARY_DESIGN), `Facet canary ${runId}`);
}
