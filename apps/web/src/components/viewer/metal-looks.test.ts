import { describe, expect, it } from 'vitest';
import { metalLookFor, metalLookForCode } from './metal-looks';

/** The workshop's catalogue of alloys: code, metal and colour. */
const CATALOGUE = [
  { code: 'AG925', metal: 'silver', colour: 'white' },
  { code: 'AU585Y', metal: 'gold', colour: 'yellow' },
  { code: 'AU585W', metal: 'gold', colour: 'white' },
  { code: 'AU585R', metal: 'gold', colour: 'rose' },
  { code: 'AU750Y', metal: 'gold', colour: 'yellow' },
  { code: 'AU750W', metal: 'gold', colour: 'white' },
  { code: 'AU750R', metal: 'gold', colour: 'rose' },
  { code: 'PT950', metal: 'platinum', colour: 'white' },
];

describe('metal looks', () => {
  it.each(CATALOGUE)('$code looks the same by its code as by its metal and colour', (alloy) => {
    expect(metalLookForCode(alloy.code)).toEqual(metalLookFor(alloy));
  });

  it('gives every colour of gold in the catalogue a look of its own', () => {
    const gold = CATALOGUE.filter((alloy) => alloy.metal === 'gold');
    const colours = new Set(gold.map((alloy) => alloy.colour));
    const looks = new Set(gold.map((alloy) => metalLookFor(alloy).color));
    expect(looks.size).toBe(colours.size);
  });

  it('tells silver, platinum and white gold apart', () => {
    const looks = ['AG925', 'PT950', 'AU750W'].map((code) => metalLookForCode(code).color);
    expect(new Set(looks).size).toBe(3);
  });
});
