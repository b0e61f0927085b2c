/**
 * Ring sizes. EU sizes (ISO 8653) are the inner circumference in millimetres; US sizes follow the
 * usual chart, inner diameter = 11.63 mm + 0.8128 mm per size.
 */
export type RingSizeSystem = 'EU' | 'US';

export interface RingSize {
  system: RingSizeSystem;
  value: number;
}

export const RING_SIZE_RANGE: Record<RingSizeSystem, { min: number; max: number; step: number }> = {
  EU: { min: 44, max: 76, step: 0.5 },
  US: { min: 3, max: 15.5, step: 0.25 },
};

const US_BASE_MM = 11.63;
const US_STEP_MM = 0.8128;

export function innerDiameterMm(size: RingSize): number {
  return size.system === 'EU' ? size.value / Math.PI : US_BASE_MM + US_STEP_MM * size.value;
}

/** The same finger in the other system, rounded to that system's step. */
export function convertRingSize(size: RingSize, system: RingSizeSystem): RingSize {
  if (size.system === system) return size;
  const diameter = innerDiameterMm(size);
  const exact = system === 'EU' ? diameter * Math.PI : (diameter - US_BASE_MM) / US_STEP_MM;
  const { step } = RING_SIZE_RANGE[system];
  return { system, value: Math.round(exact / step) * step };
}

export function formatRingSize(size: RingSize): string {
  return `${size.system} ${size.value}`;
}
