import type { MeshAnalysis } from '@facet/mesh/analyse';
import type { Design } from '@facet/mesh/parts/design';
import { innerDiameterMm } from '@facet/mesh/parts/ring-size';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';

/** The piece's size in millimetres: width × depth × height, and a ring's inner diameter. */
export function PieceDimensions({ design, analysis }: { design: Design; analysis: MeshAnalysis }) {
  const [width, depth, height] = analysis.boundingBoxMm.size;
  const piece = design.piece;
  const t = useTranslations('uiBuild.dimensions');
  const { mm: formatMm } = useFormat();
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted-foreground" data-testid="dimensions">
      <div className="flex gap-1.5">
        <dt>{t('size')}</dt>
        <dd className="tabular-nums text-foreground">
          {formatMm(width)} × {formatMm(depth)} × {formatMm(height)}
        </dd>
      </div>
      {piece.kind === 'band' ? (
        <div className="flex gap-1.5">
          <dt>{t('innerDiameter')}</dt>
          <dd className="tabular-nums text-foreground">{formatMm(innerDiameterMm(piece.size))}</dd>
        </div>
      ) : null}
      <div className="flex gap-1.5">
        <dt>{t('volume')}</dt>
        <dd className="tabular-nums text-foreground">
          {t('volumeValue', { volume: Math.round(analysis.volumeMm3) })}
        </dd>
      </div>
    </dl>
  );
}
