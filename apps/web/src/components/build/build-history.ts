import type { Finish } from '@facet/db/enums';
import type { Design } from '@facet/mesh/parts/design';

/** Everything the shopper chooses on the build page: the piece and how it is made. */
export interface BuildChoice {
  design: Design;
  alloyCode: string;
  finish: Finish;
}

export interface BuildHistory {
  past: BuildChoice[];
  present: BuildChoice;
  future: BuildChoice[];
  /** The control last changed and when, so a slider's drag is one step to undo. */
  lastChange: { key: string; at: number } | null;
}

export type BuildAction =
  | { type: 'change'; choice: BuildChoice; key: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; choice: BuildChoice };

/** Changes of one control this close together are one step of the history. */
const COALESCE_MS = 800;
const MAX_STEPS = 100;

export function startHistory(choice: BuildChoice): BuildHistory {
  return { past: [], present: choice, future: [], lastChange: null };
}

export function reduceHistory(history: BuildHistory, action: BuildAction): BuildHistory {
  switch (action.type) {
    case 'change': {
      const last = history.lastChange;
      const sameStroke = last !== null && last.key === action.key && action.at - last.at < COALESCE_MS;
      return {
        past: sameStroke ? history.past : [...history.past, history.present].slice(-MAX_STEPS),
        present: action.choice,
        future: [],
        lastChange: { key: action.key, at: action.at },
      };
    }
    case 'reset':
      return {
        past: [...history.past, history.present].slice(-MAX_STEPS),
        present: action.choice,
        future: [],
        lastChange: null,
      };
    case 'undo': {
      const previous = history.past.at(-1);
      if (!previous) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
        lastChange: null,
      };
    }
    case 'redo': {
      const next = history.future[0];
      if (!next) return history;
      return {
        past: [...history.past, history.present],
        present: next,
        future: history.future.slice(1),
        lastChange: null,
      };
    }
  }
}
