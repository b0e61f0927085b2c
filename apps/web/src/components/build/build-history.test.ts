import { DESIGN_PRESETS } from '@facet/mesh/parts/ready-made-designs';
import { describe, expect, it } from 'vitest';
import { type BuildChoice, reduceHistory, startHistory } from './build-history';

const base: BuildChoice = { design: DESIGN_PRESETS[0]!.design, alloyCode: 'AG925', finish: 'polished' };
const gold: BuildChoice = { ...base, alloyCode: 'AU750Y' };
const matte: BuildChoice = { ...base, finish: 'matte' };

describe('build history', () => {
  it('undoes and redoes changes in order, and a new change drops the redo steps', () => {
    let history = startHistory(base);
    history = reduceHistory(history, { type: 'change', choice: gold, key: 'alloy', at: 0 });
    history = reduceHistory(history, { type: 'change', choice: matte, key: 'finish', at: 5000 });
    history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toBe(gold);
    history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toBe(base);
    history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toBe(base);
    history = reduceHistory(history, { type: 'redo' });
    expect(history.present).toBe(gold);
    history = reduceHistory(history, { type: 'change', choice: matte, key: 'finish', at: 9000 });
    expect(history.future).toEqual([]);
    history = reduceHistory(history, { type: 'redo' });
    expect(history.present).toBe(matte);
  });

  it('a slider dragged through many values is one step; the same control later is another', () => {
    let history = startHistory(base);
    for (let at = 0; at < 500; at += 50) {
      history = reduceHistory(history, {
        type: 'change',
        choice: { ...base, alloyCode: `X${at}` },
        key: 'width',
        at,
      });
    }
    expect(history.past).toEqual([base]);
    history = reduceHistory(history, { type: 'change', choice: gold, key: 'width', at: 5000 });
    expect(history.past).toHaveLength(2);
  });

  it('reset is a step that can be undone', () => {
    let history = reduceHistory(startHistory(gold), { type: 'reset', choice: base });
    expect(history.present).toBe(base);
    history = reduceHistory(history, { type: 'undo' });
    expect(history.present).toBe(gold);
  });
});
