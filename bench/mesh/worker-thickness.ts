/**
 * The worker's analysis with the wall thickness, alone in a process of its own so that its peak
 * memory is the worker's, not the benchmark's (which also holds three.js's copy and the previews).
 * Run by index.ts; prints one JSON line: wall and CPU times per run, the wall found, the peak RSS.
 */
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { createMeshPool } from '@facet/worker/mesh/mesh-pool';

const [triangles, threads, repetitions] = process.argv.slice(2).map(Number) as [number, number, number];
const stl = writeBinaryStl(makeTorus(triangles));
const pool = createMeshPool(threads, 600_000);
const analyseInPool = async () => {
  const outcome = await pool.analyseBytes(stl.slice(), 'stl');
  if (!outcome.ok) throw new Error(outcome.reason);
  const { thickness } = outcome.analysis;
  if (!thickness?.measured) throw new Error(`thickness unknown: ${thickness?.reason}`);
  return thickness.minWallMm;
};
await analyseInPool();
const wallMs: number[] = [];
const cpuMs: number[] = [];
let minWallMm = Number.NaN;
for (let i = 0; i < repetitions; i++) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  minWallMm = await analyseInPool();
  const cpu = process.cpuUsage(cpuBefore);
  cpuMs.push((cpu.user + cpu.system) / 1000);
  wallMs.push(performance.now() - started);
}
await pool.close();
console.log(JSON.stringify({ wallMs, cpuMs, minWallMm, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
