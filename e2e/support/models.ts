import { makeBox, makeTorus } from '@facet/mesh/generate';
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
