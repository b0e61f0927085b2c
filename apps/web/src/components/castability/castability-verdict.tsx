import type { TCastability } from '@facet/core/castability/judge-castability';
import { AlertTriangle, CheckCircle2, XCircle } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { type CastabilityT, castabilityTexts } from './castability-text';

const TONE: Record<TCastability['verdict'], { box: string; Icon: typeof CheckCircle2 }> = {
  CASTABLE: { box: 'border-success/40 bg-success/10', Icon: CheckCircle2 },
  CASTABLE_WITH_RISK: { box: 'border-warning/50 bg-warning/10', Icon: AlertTriangle },
  NOT_CASTABLE: { box: 'border-destructive/50 bg-destructive/10', Icon: XCircle },
};

/** The verdict in one alloy: one plain sentence, then each finding with where it is. */
export function CastabilityVerdict({
  castability,
  compact = false,
}: {
  castability: TCastability;
  /** Only the sentence (lists, cards). */
  compact?: boolean;
}) {
  const t = useTranslations('uiCastability');
  const locale = useLocale();
  const tone = TONE[castability.verdict];
  const text = castabilityTexts(castability, t as unknown as CastabilityT, locale);
  const rest = text.findings.slice(1);
  return (
    <div
      className={`grid gap-2 rounded-lg border p-3 text-sm ${tone.box}`}
      data-testid="castability"
      data-verdict={castability.verdict}
    >
      <p className="flex items-start gap-2">
        <tone.Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span>
          <span className="sr-only">{text.label}: </span>
          {text.summary}
        </span>
      </p>
      {!compact && rest.length > 0 ? (
        <ul className="ml-6 grid list-disc gap-1 text-muted-foreground" aria-label={t('alsoFound')}>
          {rest.map((finding, index) => (
            <li key={`${castability.findings[index + 1]?.kind}-${index}`}>{finding}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
