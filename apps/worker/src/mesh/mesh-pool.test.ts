import { readdirSync, readFileSync } from 'node:fs';
import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeTube } from '@facet/mesh/generate';
import { parseModel } from '@facet/mesh/parse';
import { writeBinaryStl } from '@facet/mesh/write';
import { afterAll, describe, expect, it } from 'vitest';
import { createMeshPool } from './mesh-pool';

const pool = createMeshPool(2);
const impatientPool = createMeshPool(1, 0);
const oneThreadPool = createMeshPool(1);
const nicePool = createMeshPool(1, undefined, { niceness: 7, minThreads: 0 });
afterAll(async () => {
  await pool.close();
  await impatientPool.close();
  await oneThreadPool.close();
  await nicePool.close();
});

/** The nice value of each thread of this process (Linux: field 19 of /proc/self/task/<id>/stat). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((task) => {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

const thinBand = () =>
  writeBinaryStl(
    makeTube({
      innerRadius: 8.5,
      outerRadiusAt: (angle) => (Math.cos(angle) > 0.99 ? 8.9 : 10),
      height: 3,
      around: 720,
      along: 4,
    }),
  );

describe('the mesh pool (worker threads)', { timeout: 60_000 }, () => {
  it("measures a model's wall in a thread", async () => {
    const outcome = await pool.analyseBytes(thinBand(), 'stl');
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.analysis.thickness).toMatchObject({ measured: true });
    if (!outcome.analysis.thickness?.measured) throw new Error('not measured');
    expect(outcome.analysis.thickness.minWallMm).toBeCloseTo(0.4, 1);
    // Two threads, each over half the vertices, find what one thread finds over all of them.
    const inOneThread = analyseMeshWithThickness(parseModel(thinBand())).analysis.thickness;
    expect(outcome.analysis.thickness).toEqual(inOneThread);
  });

  it('answers "thickness unknown: why" for an open model, and keeps working', async () => {
    const torus = makeTorus(2_000);
    const open = writeBinaryStl({ positions: torus.positions, indices: torus.indices.subarray(3) });
    const outcome = await pool.analyseBytes(open, 'stl');
    expect(outcome).toMatchObject({
      ok: true,
      analysis: {
        watertight: false,
        thickness: { measured: false, reason: expect.stringContaining('open') },
      },
    });
    expect(await pool.analyseBytes(thinBand(), 'stl')).toMatchObject({ ok: true });
  });

  it('gives up on the thickness at the time limit without failing the analysis', async () => {
    const outcome = await impatientPool.analyseBytes(writeBinaryStl(makeTorus(50_000)), 'stl');
    expect(outcome).toMatchObject({
      ok: true,
      analysis: {
        watertight: true,
        thickness: { measured: false, reason: expect.stringContaining('too detailed to measure') },
      },
    });
  });

  it('runs a waiting analysis before a waiting preview, whichever came first', async () => {
    const finished: string[] = [];
    const note = (name: string) => (outcome: unknown) => {
      finished.push(name);
      return outcome;
    };
    // The one thread is busy with a preview; another preview waits, then an analysis comes.
    const busy = oneThreadPool
      .previewBytes(writeBinaryStl(makeTorus(40_000)), 'stl')
      .then(note('busy preview'));
    const preview = oneThreadPool
      .previewBytes(writeBinaryStl(makeTorus(2_000)), 'stl')
      .then(note('waiting preview'));
    const analysis = oneThreadPool.analyseBytes(thinBand(), 'stl').then(note('analysis'));
    await Promise.all([busy, preview, analysis]);
    expect(finished).toEqual(['busy preview', 'analysis', 'waiting preview']);
  });

  it('runs its threads at the nice value it is given, so that they yield the CPU', async () => {
    expect(threadNiceValues()).not.toContain(7);
    await nicePool.previewBytes(writeBinaryStl(makeTorus(2_000)), 'stl');
    expect(threadNiceValues()).toContain(7);
  });
});
