/**
 * How long an end-to-end test may wait for each slow thing, sized for the CI machine while the whole
 * suite runs: 2 cores, two browsers side by side, the web app, worker and realtime server, load
 * average around 5. Quiet, each of these takes well under a tenth of its budget; a wait that needs
 * more is a bug to find (how long things really take is measured by the benchmarks, not here).
 */
export const WAIT = {
  /** A 3D view's first frame: Chromium here renders WebGL in software (SwiftShader), on the CPU. */
  firstFrame: 30_000,
  /** One step of the worker's pipeline: a model analysed, an order priced, a preview made. */
  pipeline: 30_000,
  /** A push from the realtime server reaching an open page. */
  push: 10_000,
} as const;

/**
 * What a test needs besides its slow waits: page loads, sign-ins, clicks and the quick assertions
 * between them. It is also the timeout of a test that makes no slow wait (playwright.config.ts).
 */
export const PLAIN_STEPS_MS = 60_000;

/**
 * A test's timeout that fits its waits: the slow waits it makes one after another, plus its plain
 * steps. Use it with `test.setTimeout(budget(WAIT.firstFrame, WAIT.pipeline))`, so a test's waits and
 * its timeout cannot drift apart.
 */
export function budget(...waits: number[]): number {
  return waits.reduce((sum, wait) => sum + wait, PLAIN_STEPS_MS);
}
