import type { TCastability, TCastabilityFinding } from '@facet/core/castability/judge-castability';
import { domainMessage, renderDomainMessage, renderStoredMessage } from '@facet/core/i18n/domain-messages';
import { isLocale } from '@facet/core/i18n/locale';
import { intlLocale } from '@facet/ui/format';

/** The translator of the `uiCastability` messages (kept loose so a server or client one fits). */
export type CastabilityT = (key: string, values?: Record<string, string | number>) => string;

/**
 * The verdict and its findings in the reader's language: the domain's catalogue messages the verdict
 * carries. A verdict stored before it carried them has only English sentences; the page rebuilds those
 * from what each finding measured (kind, millimetres, area, place) and the alloy named in the summary.
 */
export function castabilityTexts(
  castability: TCastability,
  t: CastabilityT,
  locale: string,
): { label: string; summary: string; findings: string[] } {
  const catalogueLocale = isLocale(locale) ? locale : 'en';
  const summary = renderStoredMessage(castability.summaryLocalized, catalogueLocale);
  if (summary !== null) {
    return {
      label: t(`verdict.${castability.verdict}`),
      summary,
      findings: castability.findings.map(
        (finding) => renderStoredMessage(finding.localized, catalogueLocale) ?? finding.message,
      ),
    };
  }
  const alloy = alloyNameOf(castability.verdict, castability.summary);
  const findings = castability.findings.map((finding) => findingText(finding, alloy, t, locale));
  const worst = findings[0] ?? '';
  return {
    label: t(`verdict.${castability.verdict}`),
    summary:
      alloy === null ? castability.summary : t(`summary.${castability.verdict}`, { alloy, finding: worst }),
    findings,
  };
}

/** "Castable in X.", "Castable in X, with a risk: …", "Not castable in X: …". */
function alloyNameOf(verdict: TCastability['verdict'], summary: string): string | null {
  const pattern = {
    CASTABLE: /^Castable in (.+)\.$/,
    CASTABLE_WITH_RISK: /^Castable in (.+?), with a risk: /,
    NOT_CASTABLE: /^Not castable in (.+?): /,
  }[verdict];
  return pattern.exec(summary)?.[1] ?? null;
}

function findingText(
  finding: TCastabilityFinding,
  alloy: string | null,
  t: CastabilityT,
  locale: string,
): string {
  const fixed = (value: number, digits: number) =>
    value.toLocaleString(intlLocale(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
  const upTo2 = (value: number) =>
    value.toLocaleString(intlLocale(locale), { maximumFractionDigits: 2, useGrouping: false });
  const point = (at: [number, number, number]) =>
    t('point', { x: fixed(at[0], 1), y: fixed(at[1], 1), z: fixed(at[2], 1) });
  const named = alloy ?? '';
  const { measuredMm, limitMm, areaMm2, atMm } = finding;
  switch (finding.kind) {
    case 'holes': {
      const loop = /^(A hole|A seam where more than two faces meet) \(([\d.]+) mm around\)/.exec(
        finding.message,
      );
      if (loop && atMm) {
        return t(loop[1] === 'A hole' ? 'finding.hole' : 'finding.seam', {
          length: fixed(Number(loop[2]), 1),
          point: point(atMm),
        });
      }
      const open = /\((\d+) open or shared edges\)/.exec(finding.message);
      return t('finding.open', { count: Number(open?.[1] ?? 0) });
    }
    case 'too-small': {
      const volume = /\(([\d.]+) mm³\)/.exec(finding.message);
      return t('finding.tooSmall', { volume: fixed(Number(volume?.[1] ?? 0), 2) });
    }
    case 'too-large':
      if (measuredMm === null || limitMm === null || alloy === null) break;
      return t('finding.tooLarge', { measured: fixed(measuredMm, 1), limit: upTo2(limitMm), alloy: named });
    case 'thin-wall':
    case 'thin-wire':
      if (limitMm === null || alloy === null) break;
      if (measuredMm !== null && atMm !== null) {
        return t(finding.kind === 'thin-wire' ? 'finding.thinWire' : 'finding.thinWall', {
          measured: fixed(measuredMm, 2),
          point: point(atMm),
          limit: upTo2(limitMm),
          alloy: named,
        });
      }
      if (measuredMm !== null) {
        return t('finding.thinAcross', {
          measured: fixed(measuredMm, 2),
          limit: upTo2(limitMm),
          alloy: named,
        });
      }
      if (areaMm2 !== null) {
        return t('finding.thinSurface', { area: Math.round(areaMm2), limit: upTo2(limitMm), alloy: named });
      }
      break;
    case 'thickness-unknown': {
      // Said by the catalogue, as a verdict with messages says it: the reason in the reader's language.
      const reason = /^Thickness unknown: (.*)\. A jeweller will check/.exec(finding.message)?.[1];
      if (reason === undefined) break;
      const message = domainMessage('castability.finding.thickness-unknown', { reason });
      return renderDomainMessage(message, isLocale(locale) ? locale : 'en');
    }
  }
  return finding.message;
}
