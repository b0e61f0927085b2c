'use client';

import { analyseMesh, type MeshAnalysis } from '@facet/mesh/analyse';
import { buildDesign, buildStones } from '@facet/mesh/parts/build-design';
import { checkDesign } from '@facet/mesh/parts/check-design';
import type { Design, DesignProblem } from '@facet/mesh/parts/design';
import type { PartMesh } from '@facet/mesh/parts/mesh-builder';
import { useMemo, useRef } from 'react';

export interface BuiltPiece {
  design: Design;
  metal: PartMesh;
  stones: PartMesh | null;
  analysis: MeshAnalysis;
}

/**
 * The piece made from the design, at once, in the browser. While the design has problems the last
 * piece that could be made stays on show, and the problems say what to change.
 */
export function useBuiltPiece(design: Design): { piece: BuiltPiece | null; problems: DesignProblem[] } {
  const lastGood = useRef<BuiltPiece | null>(null);
  return useMemo(() => {
    const problems = checkDesign(design);
    if (problems.length === 0) {
      const metal = buildDesign(design);
      lastGood.current = { design, metal, stones: buildStones(design), analysis: analyseMesh(metal) };
    }
    return { piece: lastGood.current, problems };
  }, [design]);
}
