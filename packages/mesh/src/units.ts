import { MeshError } from './errors';

/** The unit names of the 3MF core specification. */
export type LengthUnit = 'micron' | 'millimeter' | 'centimeter' | 'inch' | 'foot' | 'meter';

export const MM_PER_UNIT: Readonly<Record<LengthUnit, number>> = {
  micron: 0.001,
  millimeter: 1,
  centimeter: 10,
  inch: 25.4,
  foot: 304.8,
  meter: 1000,
};

export function isLengthUnit(value: string): value is LengthUnit {
  return Object.hasOwn(MM_PER_UNIT, value);
}

export function parseLengthUnit(value: string): LengthUnit {
  if (isLengthUnit(value)) return value;
  throw new MeshError('MALFORMED', {
    key: 'mesh.unit-unknown',
    params: { unit: value.slice(0, 40), known: Object.keys(MM_PER_UNIT).join(', ') },
  });
}
