import { formatRingSize, type RingSize, ringSizeOf } from '@facet/mesh/parts/ring-size';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';

/** One resizing step: half a millimetre of inner diameter (one Russian size, about 1.6 EU sizes). */
export const RESIZE_STEP_MM = 0.5;
/** A band is resized by at most this many steps (2 mm of inner diameter) by scaling it radially. */
export const MAX_RESIZE_STEPS = 4;
/** A size this close to the model's (half a step) is the model's own size: nothing to resize. */
const SAME_SIZE_MM = RESIZE_STEP_MM / 2;

export type TResizePlan =
  /** The size asked for is the model's own. */
  | { kind: 'none' }
  /** The model was not recognised as a ring: the workshop sizes it by hand, one step of labour. */
  | { kind: 'unmeasured'; toDiameterMm: number }
  | {
      kind: 'radial';
      fromDiameterMm: number;
      toDiameterMm: number;
      steps: number;
      /** Every point moves away from (or towards) the ring's axis by this factor. */
      radialScale: number;
    };

/** A size further from the model's than we resize; the message names the sizes we can make. */
export class RingResizeRefused extends Error {
  override name = 'RingResizeRefused';

  /** The refusal as a catalogue message; `message` is its English text. */
  constructor(readonly localized: DomainMessage<'ring.resize-too-wide' | 'ring.resize-too-narrow'>) {
    super(renderDomainMessage(localized, 'en'));
  }
}

/**
 * How a ring of `measuredDiameterMm` (null when the model was not recognised as a ring) becomes the
 * size of inner circumference `circumferenceMm` (an EU size): scaled radially about its axis, by whole
 * steps of labour. Throws RingResizeRefused naming the sizes we can make when it is more than
 * MAX_RESIZE_STEPS away.
 */
export function planRingResize(
  measuredDiameterMm: number | null | undefined,
  circumferenceMm: number,
): TResizePlan {
  const toDiameterMm = circumferenceMm / Math.PI;
  if (measuredDiameterMm == null) return { kind: 'unmeasured', toDiameterMm };
  const change = toDiameterMm - measuredDiameterMm;
  if (Math.abs(change) <= SAME_SIZE_MM) return { kind: 'none' };
  const steps = Math.ceil(Math.abs(change) / RESIZE_STEP_MM - 1e-9);
  if (steps > MAX_RESIZE_STEPS) {
    const reach = MAX_RESIZE_STEPS * RESIZE_STEP_MM;
    // EU half sizes inside the reach, rounded inwards.
    const smallest: RingSize = {
      system: 'EU',
      value: Math.ceil((measuredDiameterMm - reach) * Math.PI * 2) / 2,
    };
    const largest: RingSize = {
      system: 'EU',
      value: Math.floor((measuredDiameterMm + reach) * Math.PI * 2) / 2,
    };
    const params = {
      size: formatRingSize(ringSizeOf(toDiameterMm, 'EU')),
      changeMm: Math.abs(change).toFixed(1),
      modelMm: measuredDiameterMm.toFixed(1),
      modelSize: formatRingSize(ringSizeOf(measuredDiameterMm, 'EU')),
      reachMm: reach,
      smallest: formatRingSize(smallest),
      largest: formatRingSize(largest),
    };
    throw new RingResizeRefused(
      change > 0
        ? domainMessage('ring.resize-too-wide', params)
        : domainMessage('ring.resize-too-narrow', params),
    );
  }
  return {
    kind: 'radial',
    fromDiameterMm: measuredDiameterMm,
    toDiameterMm,
    steps,
    radialScale: toDiameterMm / measuredDiameterMm,
  };
}

/**
 * The thinnest wall after a radial resize. Scaling about the axis multiplies every distance across
 * the axis by the scale and leaves those along it alone, so no wall grows thinner than
 * `minWallMm × min(scale, 1)`: a ring made smaller is re-checked at that bound, a larger one keeps its wall.
 */
export function wallAfterResize(minWallMm: number, radialScale: number): number {
  return minWallMm * Math.min(radialScale, 1);
}
