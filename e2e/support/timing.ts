import { test } from './test';

/**
 * Marks the phases of a long test in its output (`[timing] upload: ready to price at 12.3 s (+4.1 s)`),
 * so a slow run shows where its time went without a trace viewer.
 */
export function phaseTimer(name: string) {
  const start = Date.now();
  let last = start;
  return (phase: string) => {
    const now = Date.now();
    const line = `[timing] ${name}: ${phase} at ${((now - start) / 1000).toFixed(1)} s (+${((now - last) / 1000).toFixed(1)} s)`;
    last = now;
    console.log(line);
    test.info().annotations.push({ type: 'timing', description: line });
  };
}
