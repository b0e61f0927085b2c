/**
 * Geometry engine benchmark: a 1M-triangle ring (binary STL, made in memory) parsed and analysed
 * by @facet/mesh, and by three.js's STLLoader followed by the same welding and analysis; then the
 * preview (simplified GLB + PNG thumbnail), its size and its glTF validation.
 * Run: pnpm bench mesh
 */
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
parseAndAnalyseWithFacet(stl);
parseAndAnalyseWithThree(stl);
let facetAnalysis = parseAndAnalyseWithFacet(stl);
let threeAnalysis = parseAndAnalyseWithThree(stl);
for (let i = 0; i < REPETITIONS; i++) {
  const facet = measureTime(() => parseAndAnalyseWithFacet(stl));
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
  peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
  repetitions: REPETITIONS,
});
