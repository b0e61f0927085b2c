/**
 * The pool reads of `pnpm bench console`, timed in a thread of their own: a server's heap holds its
 * requests, not the million orders the benchmark just built to seed them, and that garbage's
 * collection pauses are not the console's. Times each read `runs` times after ten untimed ones, and
 * posts the sorted samples back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '@facet/core/order-listeners';
import { selectConsoleCards } from '@facet/core/production/console-card';
import { listPool } from '@facet/core/production/list-pool';
import type { Actor } from '@facet/core/shared/actor';
import { createDb } from '@facet/db/client';
import { timeRuns } from '../results';
import { poolPageByOffset } from './offset-page';

export interface PoolReadsData {
  url: string;
  operator: Actor;
  /** The keyset cursor of the deep page. */
  cursor: string;
  depth: number;
  page: number;
  runs: number;
}

export interface PoolReadsSamples {
  firstPage: number[];
  deepPage: number[];
  offsetPage: number[];
  alloyPage: number[];
}

const { url, operator, cursor, depth, page, runs } = workerData as PoolReadsData;
const { db, close } = createDb(url, { max: 2, applicationName: 'facet-bench' });

const samples: PoolReadsSamples = {
  firstPage: await timeRuns(runs, () => listPool(db, operator, { limit: page })),
  deepPage: await timeRuns(runs, () => listPool(db, operator, { limit: page, cursor })),
  offsetPage: await timeRuns(runs, () =>
    selectConsoleCards(db, poolPageByOffset, { limit: page, offset: depth }),
  ),
  alloyPage: await timeRuns(runs, () => listPool(db, operator, { limit: page, alloyCode: 'AU750Y' })),
};
await close();
parentPort!.postMessage(samples);
