/**
 * Geometry engine benchmark: a 1M-triangle ring (binary STL, made in memory) parsed and analysed
 * by @facet/mesh, and by three.js's STLLoader followed by the same welding (our fastest welder for a
 * triangle soup, cell-welder.ts) and analysis; then the preview (simplified GLB + PNG thumbnail), its
 * size and its glTF validation; then the worker's analysis with the wall thickness on its two mesh
 * threads.
 * Run: pnpm bench mesh
 */

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { analyseMesh } from '@facet/mesh/analyse';
import { makeTorus } from '@facet/mesh/generate';
import { weldTriangleSoup } from '@facet/mesh/geometry/weld';
import { parseModel } from '@facet/mesh/parse';
import { makePreview } from '@facet/mesh/preview';
import { validateGlb } from '@facet/mesh/testing/validate-glb';
import { writeBinaryStl } from '@facet/mesh/write';
import { STLLoader } from 'three/examples/jsm/loaders/STLLoader.js';
import { percentile, round, writeResults } from '../results';

const TRIANGLES = 1_000_000;
const REPETITIONS = 7;
const PREVIEW_REPETITIONS = 3;

function sortAscending(samples: number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

function computeMedian(samples: number[]): number {
  return percentile(sortAscending(samples), 50);
}

function measureTime<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

/** CPU time of the whole process (all its threads) since `before`: unlike wall time, not stretched by other processes. */
function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function parseAndAnalyseWithFacet(stl: Uint8Array) {
  return analyseMesh(parseModel(stl));
}

/** three.js gives a non-indexed position array; it is welded and analysed exactly as ours is. */
function parseAndAnalyseWithThree(stl: Uint8Array) {
  const geometry = new STLLoader().parse(stl.buffer as ArrayBuffer);
  const soup = geometry.getAttribute('position').array as Float32Array;
  return analyseMesh(weldTriangleSoup(soup));
}

const stl = writeBinaryStl(makeTorus(TRIANGLES));
if (stl.byteOffset !== 0 || stl.byteLength !== stl.buffer.byteLength)
  throw new Error('three.js needs the STL as a whole buffer');
console.log(
  `binary STL: ${(stl.length / 1024 / 1024).toFixed(1)} MiB, ${TRIANGLES.toLocaleString('en-US')} triangles`,
);

const facetSamples: number[] = [];
const threeSamples: number[] = [];
const facetCpuSamples: number[] = [];
parseAndAnalyseWithFacet(stl);
parseAndAnalyseWithThree(stl);
let facetAnalysis = parseAndAnalyseWithFacet(stl);
let threeAnalysis = parseAndAnalyseWithThree(stl);
for (let i = 0; i < REPETITIONS; i++) {
  const cpuBefore = process.cpuUsage();
  const facet = measureTime(() => parseAndAnalyseWithFacet(stl));
  facetCpuSamples.push(cpuMsSince(cpuBefore));
  facetSamples.push(facet.ms);
  facetAnalysis = facet.result;
  const three = measureTime(() => parseAndAnalyseWithThree(stl));
  threeSamples.push(three.ms);
  threeAnalysis = three.result;
}
if (JSON.stringify(facetAnalysis) !== JSON.stringify(threeAnalysis)) {
  throw new Error('three.js and @facet/mesh disagree on the analysis; the comparison would be unfair');
}

const mesh = parseModel(stl);
const previewSamples: number[] = [];
let preview = await makePreview(mesh);
for (let i = 0; i < PREVIEW_REPETITIONS; i++) {
  const started = performance.now();
  preview = await makePreview(mesh);
  previewSamples.push(performance.now() - started);
}
const validation = await validateGlb(preview.glb);

// Wall thickness over the whole surface, as the worker measures it: its mesh pool of two threads
// parses and analyses the file, then both threads measure half the vertices each. The torus's tube
// is 2 × 1.25 mm across everywhere. thickness_ms is what that adds to parse + analyse.
const KNOWN_WALL_MM = 2.5;
const WORKER_THREADS = 2;
const THICKNESS_REPETITIONS = 3;
// In a process of its own, so the peak memory reported is the worker's alone.
const worker = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(import.meta.dirname, 'worker-thickness.ts'),
      String(TRIANGLES),
      String(WORKER_THREADS),
      String(THICKNESS_REPETITIONS),
    ],
    { cwd: import.meta.dirname, encoding: 'utf8', maxBuffer: 1024 * 1024 },
  )
    .trim()
    .split('\n')
    .at(-1)!,
) as { wallMs: number[]; cpuMs: number[]; minWallMm: number; peakRssMb: number };
const workerSamples = worker.wallMs;
const workerCpuSamples = worker.cpuMs;
const minWallMm = worker.minWallMm;
const workerAnalyseMs = computeMedian(workerSamples);

const facetMs = computeMedian(facetSamples);
const threeMs = computeMedian(threeSamples);
writeResults('mesh', {
  triangles: facetAnalysis.triangleCount,
  vertices: facetAnalysis.vertexCount,
  watertight: facetAnalysis.watertight,
  volume_mm3: round(facetAnalysis.volumeMm3, 3),
  facet_parse_analyse_ms: round(facetMs, 1),
  facet_parse_analyse_min_ms: round(Math.min(...facetSamples), 1),
  facet_parse_analyse_p90_ms: round(percentile(sortAscending(facetSamples), 90), 1),
  three_parse_analyse_ms: round(threeMs, 1),
  three_parse_analyse_min_ms: round(Math.min(...threeSamples), 1),
  speedup: round(threeMs / facetMs, 2),
  preview_ms: round(computeMedian(previewSamples), 1),
  preview_triangles: preview.triangleCount,
  glb_bytes: preview.glb.length,
  png_bytes: preview.png.length,
  glb_validator_errors: validation.errors,
  glb_validator_warnings: validation.warnings,
  worker_parse_analyse_thickness_ms: round(workerAnalyseMs, 1),
  thickness_ms: round(Math.max(0, workerAnalyseMs - facetMs), 1),
  thickness_threads: WORKER_THREADS,
  // CPU time over both threads: what the thickness costs whatever else the machine runs.
  thickness_cpu_ms: round(Math.max(0, computeMedian(workerCpuSamples) - computeMedian(facetCpuSamples)), 1),
  facet_parse_analyse_cpu_ms: round(computeMedian(facetCpuSamples), 1),
  thickness_min_wall_mm: round(minWallMm, 4),
  thickness_min_wall_error_pct: round((Math.abs(minWallMm - KNOWN_WALL_MM) / KNOWN_WALL_MM) * 100, 3),
  // The worker's process (parse, analysis and thickness on its two threads); the benchmark's own
  // process also holds three.js's copy of the mesh and the previews.
  peak_rss_mb: round(worker.peakRssMb, 1),
  bench_process_peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
  load_average_1m: round(loadavg()[0]!, 2),
  repetitions: REPETITIONS,
});
