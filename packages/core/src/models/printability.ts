import {
  type DomainMessage,
  domainMessage,
  type LocalizedMessage,
  renderDomainMessage,
  renderStoredMessage,
} from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { thicknessReasonMessage } from '../i18n/thickness-reasons';
import type { TModelAnalysis } from './model-analysis';

/** The smallest piece worth a sprue, whatever the alloy. */
export const MIN_VOLUME_MM3 = 5;

export interface Printability {
  printable: boolean;
  /** Each problem in plain words, with what to do about it (English). */
  problems: string[];
  /** What could not be checked, for a person to look at; does not stop the order (English). */
  warnings: string[];
  /** The problems as catalogue messages, one for each, for the pages to say in the reader's language. */
  problemsLocalized: DomainMessage[];
  /** The warnings as catalogue messages, one for each. */
  warningsLocalized: DomainMessage[];
}

/**
 * What stops a model being cast in any alloy (holes, too little metal), and what could not be checked.
 * Walls, wires and size are judged per alloy by its design rules (castability/judge-castability).
 */
export function checkPrintability(analysis: TModelAnalysis): Printability {
  const problems: DomainMessage[] = [];
  const warnings: DomainMessage[] = [];
  if (!analysis.watertight) {
    problems.push(
      domainMessage('printability.holes', {
        edges: analysis.boundaryEdges + analysis.nonManifoldEdges,
        opening: largestOpening(analysis),
      }),
    );
  }
  const thickness = analysis.thickness;
  if (thickness && !thickness.measured && analysis.watertight) {
    warnings.push(
      domainMessage('castability.finding.thickness-unknown', { reason: thicknessReasonMessage(thickness) }),
    );
  }
  if (analysis.volumeMm3 < MIN_VOLUME_MM3) {
    problems.push(domainMessage('castability.finding.too-small', { volumeMm3: analysis.volumeMm3 }));
  }
  return {
    printable: problems.length === 0,
    problems: problems.map((problem) => renderDomainMessage(problem, 'en')),
    warnings: warnings.map((warning) => renderDomainMessage(warning, 'en')),
    problemsLocalized: problems,
    warningsLocalized: warnings,
  };
}

/** "3 openings, the largest around x …": where to look first, or nothing when no loop was traced. */
function largestOpening(analysis: TModelAnalysis): DomainMessage | '' {
  const loops = analysis.openEdgeLoops ?? [];
  const largest = loops[0];
  if (!largest) return '';
  const [x, y, z] = largest.centreMm;
  return domainMessage('printability.largest-opening', {
    openings: loops.length,
    point: domainMessage('castability.point', { x, y, z }),
  });
}

/**
 * The problems and warnings in `locale`, each from its message where there is one (a list without
 * messages, or with one the catalogue no longer knows, keeps its English).
 */
export function printabilityIn(
  printability: {
    problems: string[];
    warnings: string[];
    problemsLocalized?: LocalizedMessage[];
    warningsLocalized?: LocalizedMessage[];
  },
  locale: Locale,
): { problems: string[]; warnings: string[] } {
  const say = (texts: string[], messages: LocalizedMessage[] | undefined) =>
    texts.map((text, index) => renderStoredMessage(messages?.[index], locale) ?? text);
  return {
    problems: say(printability.problems, printability.problemsLocalized),
    warnings: say(printability.warnings, printability.warningsLocalized),
  };
}
