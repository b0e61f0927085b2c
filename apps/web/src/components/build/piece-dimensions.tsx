import type { MeshAnalysis } from '@facet/mesh/analyse';
import type { Design } from '@facet/mesh/parts/design';
import { innerDiameterMm } from '@facet/mesh/parts/ring-size';
import { formatMm } from '@facet/ui/format';

/** The piece's size in millimetres: width × depth × height, and a ring's inner diameter. */
export function PieceDimensions({ design, analysis }: { design: Design; analysis: MeshAnalysis }) {
  const [width, depth, height] = analysis.boundingBoxMm.size;
  const piece = design.piece;
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted-foreground" data-testid="dimensions">
      <div className="flex gap-1.5">
        <dt>Size</dt>
        <dd className="tabular-nums text-foreground">
          {formatMm(width)} × {formatMm(depth)} × {formatMm(height)}
        </dd>
      </div>
      {piece.kind === 'band' ? (
        <div className="flex gap-1.5">
          <dt>Inner diameter</dt>
          <dd className="tabular-nums text-foreground">{formatMm(innerDiameterMm(piece.size))}</dd>
        </div>
      ) : null}
      <div className="flex gap-1.5">
        <dt>Metal volume</dt>
        <dd className="tabular-nums text-foreground">{Math.round(analysis.volumeMm3)} mm³</dd>
      </div>
    </dl>
  );
}
