import { GLYPH_GAP, GLYPH_ROWS, GLYPHS } from './glyphs';

/** Engraved text as a pixel grid: row 0 on top, column 0 on the left as the text is read. */
export interface EngravingBitmap {
  columns: number;
  rows: number;
  /** rows × columns, 1 where the metal is cut. */
  cut: Uint8Array;
}

/** Capitals, accents dropped, spaces collapsed: what the font can engrave. */
export function normaliseEngraving(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Characters of the text the font has no glyph for (after normalising), each once. */
export function findUnsupportedCharacters(text: string): string[] {
  return [...new Set([...normaliseEngraving(text)].filter((char) => !(char in GLYPHS)))];
}

/** Width in pixels of the text's glyphs with the gaps between them, without any border. */
export function measureEngravingColumns(text: string): number {
  const chars = [...normaliseEngraving(text)];
  const widths = chars.map((char) => GLYPHS[char]?.[0]?.length ?? 0);
  return widths.reduce((sum, width) => sum + width, 0) + Math.max(0, chars.length - 1) * GLYPH_GAP;
}

/**
 * Lays the text out with a one-pixel uncut border all round, then thickens any two cut pixels
 * that meet only at a corner, so the cut can be walled off as a manifold surface.
 */
export function layoutEngraving(text: string): EngravingBitmap {
  const columns = measureEngravingColumns(text) + 2;
  const rows = GLYPH_ROWS + 2;
  const cut = new Uint8Array(columns * rows);
  let x = 1;
  for (const char of normaliseEngraving(text)) {
    const glyph = GLYPHS[char];
    if (!glyph) throw new Error(`No glyph for “${char}”.`);
    glyph.forEach((line, row) => {
      for (let column = 0; column < line.length; column++) {
        if (line[column] === '#') cut[(row + 1) * columns + x + column] = 1;
      }
    });
    x += (glyph[0]?.length ?? 0) + GLYPH_GAP;
  }
  closeCornerContacts({ columns, rows, cut });
  return { columns, rows, cut };
}

/** Fills one pixel of every 2×2 block whose cut pixels touch only diagonally, until none is left. */
function closeCornerContacts(bitmap: EngravingBitmap): void {
  const { columns, rows, cut } = bitmap;
  let changed = true;
  while (changed) {
    changed = false;
    for (let row = 0; row + 1 < rows; row++) {
      for (let column = 0; column + 1 < columns; column++) {
        const at = row * columns + column;
        const a = cut[at]!;
        const b = cut[at + 1]!;
        const c = cut[at + columns]!;
        const d = cut[at + columns + 1]!;
        if (a === d && b === c && a !== b) {
          // Fill the upper-right or upper-left pixel, whichever is uncut: the stroke gets a shoulder.
          if (a) cut[at + 1] = 1;
          else cut[at] = 1;
          changed = true;
        }
      }
    }
  }
}
