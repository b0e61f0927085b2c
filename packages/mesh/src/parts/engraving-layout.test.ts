import { describe, expect, it } from 'vitest';
import {
  findUnsupportedCharacters,
  layoutEngraving,
  measureEngravingColumns,
  normaliseEngraving,
} from './engraving-layout';
import { GLYPH_ROWS, GLYPHS } from './glyphs';

describe('engraving layout', () => {
  it('engraves in capitals without accents, spaces collapsed', () => {
    expect(normaliseEngraving('  Chloé   & moi ')).toBe('CHLOE & MOI');
    expect(findUnsupportedCharacters('Ça va 😀 #1')).toEqual(['😀', '#']);
  });

  it('every glyph is seven rows of one width', () => {
    for (const [char, glyph] of Object.entries(GLYPHS)) {
      expect(glyph, char).toHaveLength(GLYPH_ROWS);
      expect(new Set(glyph.map((row) => row.length)).size, char).toBe(1);
    }
  });

  it('lays text out with an uncut border and no two cut pixels touching only at a corner', () => {
    const text = Object.keys(GLYPHS).join('');
    const { columns, rows, cut } = layoutEngraving(text);
    expect(columns).toBe(measureEngravingColumns(text) + 2);
    expect(rows).toBe(GLYPH_ROWS + 2);
    const at = (row: number, column: number) => cut[row * columns + column]!;
    for (let column = 0; column < columns; column++) expect(at(0, column) + at(rows - 1, column)).toBe(0);
    for (let row = 0; row < rows; row++) expect(at(row, 0) + at(row, columns - 1)).toBe(0);
    for (let row = 0; row + 1 < rows; row++) {
      for (let column = 0; column + 1 < columns; column++) {
        const diagonal = at(row, column) === at(row + 1, column + 1);
        const anti = at(row, column + 1) === at(row + 1, column);
        expect(diagonal && anti && at(row, column) !== at(row, column + 1)).toBe(false);
      }
    }
  });

  it('cuts every pixel of the font, squaring off corners that touch only diagonally', () => {
    const read = (text: string, width: number) => {
      const { columns, cut } = layoutEngraving(text);
      return GLYPHS.A!.map((_, row) =>
        Array.from({ length: width }, (_, column) =>
          cut[(row + 1) * columns + column + 1] ? '#' : '.',
        ).join(''),
      );
    };
    expect(read('T', 5)).toEqual(GLYPHS.T);
    expect(read('A', 5)).toEqual(['#####', '#...#', '#...#', '#####', '#...#', '#...#', '#...#']);
  });
});
