/**
 * Ring sizes in the four systems our shoppers and the workshop use, each defined by the inner
 * circumference or diameter of the ring (tested against the chart cited in packages/mesh/README.md):
 * - EU (ISO 8653): the inner circumference in millimetres, in half sizes.
 * - US: inner diameter = 11.63 mm + 0.8128 mm (0.032 in) per size, in quarter sizes.
 * - UK (letters, BS 6820): inner circumference = 37.8 mm for A + 1.25 mm per letter, in half
 *   letters; after Z come Z+1, Z+2… The value is the letter's place in the alphabet (A = 1, N½ = 14.5,
 *   Z+1 = 27).
 * - RU: the inner diameter in millimetres, in 0.5 mm steps (what Russian workshops stamp).
 */
export type RingSizeSystem = 'EU' | 'US' | 'UK' | 'RU';

export const RING_SIZE_SYSTEMS: readonly RingSizeSystem[] = ['EU', 'US', 'UK', 'RU'];

export interface RingSize {
  system: RingSizeSystem;
  value: number;
}

/** The sizes we make, about 14 to 24 mm of inner diameter, in each system's steps. */
export const RING_SIZE_RANGE: Record<RingSizeSystem, { min: number; max: number; step: number }> = {
  EU: { min: 44, max: 76, step: 0.5 },
  US: { min: 3, max: 15.5, step: 0.25 },
  UK: { min: 6, max: 31.5, step: 0.5 },
  RU: { min: 14, max: 24, step: 0.5 },
};

const US_BASE_MM = 11.63;
const US_STEP_MM = 0.8128;
const UK_A_CIRCUMFERENCE_MM = 37.8;
const UK_LETTER_MM = 1.25;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function innerDiameterMm(size: RingSize): number {
  switch (size.system) {
    case 'EU':
      return size.value / Math.PI;
    case 'US':
      return US_BASE_MM + US_STEP_MM * size.value;
    case 'UK':
      return (UK_A_CIRCUMFERENCE_MM + UK_LETTER_MM * (size.value - 1)) / Math.PI;
    case 'RU':
      return size.value;
  }
}

/** The size of a ring with this inner diameter in a system, unrounded. */
function exactSize(diameterMm: number, system: RingSizeSystem): number {
  switch (system) {
    case 'EU':
      return diameterMm * Math.PI;
    case 'US':
      return (diameterMm - US_BASE_MM) / US_STEP_MM;
    case 'UK':
      return (diameterMm * Math.PI - UK_A_CIRCUMFERENCE_MM) / UK_LETTER_MM + 1;
    case 'RU':
      return diameterMm;
  }
}

/** The nearest size of a system to a ring of this inner diameter. */
export function ringSizeOf(diameterMm: number, system: RingSizeSystem): RingSize {
  const { step } = RING_SIZE_RANGE[system];
  const value = Math.round(exactSize(diameterMm, system) / step) * step;
  return { system, value: Math.round(value * 100) / 100 };
}

/** The same finger in the other system, rounded to that system's step. */
export function convertRingSize(size: RingSize, system: RingSizeSystem): RingSize {
  if (size.system === system) return size;
  return ringSizeOf(innerDiameterMm(size), system);
}

/** Every size of a system we make, smallest first (for a chooser). */
export function ringSizesOf(system: RingSizeSystem): RingSize[] {
  const { min, max, step } = RING_SIZE_RANGE[system];
  const count = Math.round((max - min) / step);
  return Array.from({ length: count + 1 }, (_, i) => ({ system, value: min + i * step }));
}

export function isRingSizeInRange(size: RingSize): boolean {
  const { min, max, step } = RING_SIZE_RANGE[size.system];
  const onStep = Math.abs(size.value / step - Math.round(size.value / step)) < 1e-6;
  return onStep && size.value >= min - 1e-9 && size.value <= max + 1e-9;
}

/** "EU 54", "US 6¾", "UK N½", "UK Z+1", "RU 17.5". */
export function formatRingSize(size: RingSize): string {
  return `${size.system} ${formatValue(size)}`;
}

function formatValue({ system, value }: RingSize): string {
  const whole = Math.floor(value + 1e-9);
  const fraction = value - whole;
  const part = fraction < 0.125 ? '' : fraction < 0.375 ? '¼' : fraction < 0.625 ? '½' : '¾';
  if (system === 'UK') {
    if (whole <= LETTERS.length) return `${LETTERS[Math.max(1, whole) - 1]}${part}`;
    return `Z+${whole - LETTERS.length}${part}`;
  }
  if (system === 'US') return `${whole}${part}`;
  return String(Math.round(value * 100) / 100);
}

/** The inner diameter in every system, for a label: "EU 54 · US 6¾ · UK N · RU 17". */
export function formatRingSizeEverywhere(diameterMm: number): string {
  return RING_SIZE_SYSTEMS.map((s) => formatRingSize(ringSizeOf(diameterMm, s))).join(' · ');
}
