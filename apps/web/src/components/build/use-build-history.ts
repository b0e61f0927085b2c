'use client';

import { ZDesign } from '@facet/core/models/design-schema';
import { useCallback, useEffect, useReducer } from 'react';
import { type BuildChoice, type BuildHistory, reduceHistory, startHistory } from './build-history';

const STORAGE_KEY = 'facet.build.v1';

type Action = Parameters<typeof reduceHistory>[1] | { type: 'restore'; choice: BuildChoice };

function reduce(history: BuildHistory, action: Action): BuildHistory {
  return action.type === 'restore' ? startHistory(action.choice) : reduceHistory(history, action);
}

/**
 * The shopper's choices with undo and redo (buttons, Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), kept in this
 * browser so a piece being built survives a reload.
 */
export function useBuildHistory(initial: BuildChoice, isKnownAlloy: (code: string) => boolean) {
  const [history, dispatch] = useReducer(reduce, initial, startHistory);

  useEffect(() => {
    const saved = readSavedChoice();
    if (saved && isKnownAlloy(saved.alloyCode)) dispatch({ type: 'restore', choice: saved });
  }, [isKnownAlloy]);

  useEffect(() => {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(history.present));
  }, [history.present]);

  const change = useCallback(
    (choice: BuildChoice, key: string) => dispatch({ type: 'change', choice, key, at: Date.now() }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
  const reset = useCallback(() => dispatch({ type: 'reset', choice: initial }), [initial]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return {
    choice: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    change,
    undo,
    redo,
    reset,
  };
}

function readSavedChoice(): BuildChoice | null {
  try {
    const raw = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<BuildChoice> | null;
    const design = ZDesign.safeParse(raw?.design);
    const finish = raw?.finish;
    if (!design.success || typeof raw?.alloyCode !== 'string') return null;
    if (finish !== 'polished' && finish !== 'satin' && finish !== 'matte') return null;
    return { design: design.data, alloyCode: raw.alloyCode, finish };
  } catch {
    return null;
  }
}
