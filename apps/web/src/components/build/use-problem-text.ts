'use client';

import { renderStoredMessage } from '@facet/core/i18n/domain-messages';
import type { DesignProblem } from '@facet/mesh/parts/design';
import { useCallback } from 'react';
import { usePageLocale } from '@/i18n/use-said';

/**
 * A design problem said in the reader's language: the catalogue message it carries (core's, as the
 * server says a refused design), else its English.
 */
export function useProblemText(): (problem: DesignProblem) => string {
  const locale = usePageLocale();
  return useCallback(
    (problem: DesignProblem) => renderStoredMessage(problem.localized, locale) ?? problem.message,
    [locale],
  );
}
