/**
 * Writes the repository's top-level `public/` folder, which the web app serves as its static files
 * (apps/web/public is a link to it): the icons, the social preview image and the sample models behind
 * "Try a sample" on /upload. Run with `pnpm public:write`; the output is committed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DESIGN_RULES } from '@facet/core/castability/design-rules';
import { judgeCastability } from '@facet/core/castability/judge-castability';
import { ZModelAnalysis } from '@facet/core/models/model-analysis';
import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { buildDesign } from '@facet/mesh/parts/build-design';
import { SHOP_SAMPLES, type ShopSample } from '@facet/mesh/parts/shop-samples';
import { writeBinaryStl } from '@facet/mesh/write';
import sharp from 'sharp';
import { ROOT } from '../cluster/web-build';

const PUBLIC_DIR = join(ROOT, 'public');

/** The Facet mark: a cut stone seen from above, in the shop's warm metal on ink. */
function markSvg(size: number, rounded: boolean): string {
  const radius = rounded ? size * 0.22 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${(radius / size) * 64}" fill="#1c1917"/>
  <g fill="none" stroke="#d6b56d" stroke-width="2.6" stroke-linejoin="round">
    <path d="M32 10 L52 26 L32 54 L12 26 Z"/>
    <path d="M12 26 H52 M24 26 L32 10 L40 26 M24 26 L32 54 L40 26"/>
  </g>
</svg>`;
}

function socialPreviewSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#fbf8f3"/><stop offset="1" stop-color="#efe6d6"/>
    </linearGradient>
  </defs>
  <rect width="1200" height="630" fill="url(#bg)"/>
  <g transform="translate(1000 315) scale(0.75)" fill="none" stroke="#b08d3c" stroke-width="6" stroke-linejoin="round">
    <path d="M0 -210 L160 -80 L0 210 L-160 -80 Z"/>
    <path d="M-160 -80 H160 M-64 -80 L0 -210 L64 -80 M-64 -80 L0 210 L64 -80"/>
  </g>
  <text x="90" y="250" font-family="DejaVu Serif, serif" font-size="104" fill="#1c1917">Facet</text>
  <text x="90" y="340" font-family="DejaVu Sans, sans-serif" font-size="40" fill="#44403c">Jewellery cast from your 3D model</text>
  <text x="90" y="400" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#78716c">Upload a model · instant price · made to order</text>
</svg>`;
}

/** An .ico holding one PNG image (allowed since Windows Vista; every current browser reads it). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

async function png(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}

/**
 * The sample's STL as the constructor builds it (not simplified: a simplified band grows sliver
 * faces that read as thin spots at its rims), refused unless it is closed and castable as it is in
 * every metal by the default design rules, as a sample a shopper tries must be.
 */
async function stlOf(sample: ShopSample): Promise<Buffer> {
  const mesh = buildDesign(sample.design);
  const analysis = ZModelAnalysis.parse(analyseMeshWithThickness(mesh).analysis);
  if (!analysis.watertight) {
    throw new Error(`${sample.file} is not closed: ${JSON.stringify(analysis.openEdgeLoops)}`);
  }
  for (const [metal, designRules] of Object.entries(DEFAULT_DESIGN_RULES)) {
    const castability = judgeCastability(analysis, { code: metal, name: metal, designRules });
    if (castability.verdict !== 'CASTABLE') throw new Error(`${sample.file}: ${castability.summary}`);
  }
  return Buffer.from(writeBinaryStl(mesh, 'Facet sample'));
}

async function main(): Promise<void> {
  await mkdir(join(PUBLIC_DIR, 'samples'), { recursive: true });
  await writeFile(join(PUBLIC_DIR, 'icon.svg'), markSvg(64, true));
  await writeFile(join(PUBLIC_DIR, 'favicon.ico'), icoFromPng(await png(markSvg(32, true)), 32));
  await writeFile(join(PUBLIC_DIR, 'apple-touch-icon.png'), await png(markSvg(180, false)));
  await writeFile(join(PUBLIC_DIR, 'og.png'), await png(socialPreviewSvg()));
  for (const sample of SHOP_SAMPLES) {
    const stl = await stlOf(sample);
    await writeFile(join(PUBLIC_DIR, 'samples', sample.file), stl);
    console.log(`public/samples/${sample.file}: ${(stl.length / 1024).toFixed(0)} KB`);
  }
}

await main();
