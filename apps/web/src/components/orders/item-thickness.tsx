'use client';

import type { TCastability } from '@facet/core/castability/judge-castability';
import { minimumWallMmFor } from '@facet/core/models/minimum-wall';
import type { TModel } from '@facet/core/models/model-dto';
import { useState } from 'react';
import { ThicknessToggle } from '@/components/viewer/thickness-toggle';
import { ThicknessView } from '@/components/viewer/thickness-view';

/** An order item's "Thickness" toggle and, when on, its thickness map in the item's alloy and scale. */
export function ItemThickness({
  model,
  castability,
  alloyName,
  scale,
}: {
  model: TModel;
  castability: TCastability | null;
  alloyName: string;
  scale: number;
}) {
  const [shown, setShown] = useState(false);
  if (!model.analysis) return null;
  return (
    <div className="grid gap-3 sm:col-span-2">
      <ThicknessToggle pressed={shown} onPressedChange={setShown} />
      {shown ? (
        <ThicknessView
          glbUrl={model.urls.previewGlb}
          previewReady={model.previewReady}
          thickness={model.analysis.thickness}
          openEdgeLoops={model.analysis.openEdgeLoops ?? []}
          minimumWallMm={minimumWallMmFor(castability)}
          alloyName={alloyName}
          scale={scale}
          className="max-w-2xl"
        />
      ) : null}
    </div>
  );
}
