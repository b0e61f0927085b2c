import { makeBox, makeTorus, makeTube } from '@facet/mesh/generate';
import type { IndexedMesh } from '@facet/mesh/mesh';
import { writeBinaryStl } from '@facet/mesh/write';

/** A ring-shaped binary STL (inner diameter about 17 mm), as a shopper would export it. */
export function ringStl(): Buffer {
  return Buffer.from(writeBinaryStl(makeTorus(6_000, 9.6, 1.4)));
}

/** A box with its top face missing: a model with holes, which the workshop cannot cast. */
export function openBoxStl(): Buffer {
  const box = makeBox(10, 10, 10);
  const open: IndexedMesh = {
    positions: box.positions,
    indices: box.indices.slice(0, box.indices.length - 6),
  };
  return Buffer.from(writeBinaryStl(open));
}

/**
 * A band ring (inner diameter 17 mm, wall 1.5 mm, 6 mm wide) thinned from outside to 0.3 mm over
 * a quarter of its round (angles −0.8 to 0.8 rad, facing +x), with short slopes either side.
 */
export function thinRingStl(): Buffer {
  const band = makeTube({
    innerRadius: 8.5,
    outerRadiusAt: (angle) => {
      const fromThin = Math.min(Math.abs(angle), Math.abs(angle - 2 * Math.PI));
      if (fromThin <= 0.8) return 8.8;
      if (fromThin >= 1) return 10;
      return 8.8 + 1.2 * ((fromThin - 0.8) / 0.2);
    },
    height: 6,
    around: 720,
    along: 8,
  });
  return Buffer.from(writeBinaryStl(band));
}

/**
 * A 1.5 mm band (inner diameter 17 mm) filed down to 0.6 mm in one small place: castable with risk
 * in sterling silver, whose walls the workshop casts from 0.8 mm.
 */
export function filedRingStl(): Buffer {
  return Buffer.from(
    writeBinaryStl(
      makeTube({
        innerRadius: 8.5,
        outerRadiusAt: (angle) => (Math.cos(angle) > 0.995 ? 9.1 : 10),
        height: 3,
        around: 720,
        along: 4,
      }),
    ),
  );
}
