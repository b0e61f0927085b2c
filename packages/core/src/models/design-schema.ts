import type { Design } from '@facet/mesh/parts/design';
import { z } from 'zod';

const ZLength = z.number().finite();

/**
 * The shape of a built piece's design, as the browser sends it and as models.design keeps it. Ranges
 * and fit are checked by checkDesign (the same rules the builder shows next to each control).
 */
export const ZDesign = z.object({
  version: z.literal(1),
  piece: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('band'),
      size: z.object({ system: z.enum(['EU', 'US', 'UK', 'RU']), value: ZLength }),
      profile: z.enum(['flat', 'court', 'd-shape']),
      widthMm: ZLength,
      thicknessMm: ZLength,
    }),
    z.object({
      kind: z.literal('pendant'),
      shape: z.enum(['disc', 'heart', 'drop']),
      heightMm: ZLength,
      thicknessMm: ZLength,
      bail: z.object({ innerDiameterMm: ZLength, wireMm: ZLength }),
    }),
  ]),
  setting: z
    .object({
      style: z.enum(['bezel', 'prong']),
      stone: z.object({ cut: z.enum(['round', 'oval']), lengthMm: ZLength, widthMm: ZLength }),
      prongs: z.union([z.literal(4), z.literal(6)]),
    })
    .nullable(),
  engraving: z.object({ text: z.string().max(60), face: z.enum(['inside', 'front', 'back']) }).nullable(),
});
export type TDesign = z.infer<typeof ZDesign>;

// The schema and the geometry engine's type describe the same data.
const sameShape: [TDesign, Design] extends [Design, TDesign] ? true : never = true;
void sameShape;

/** The body of a design upload: the design alone (its file is made from it on the server). */
export const ZUploadDesignInput = z.object({ design: ZDesign });
export type TUploadDesignInput = z.infer<typeof ZUploadDesignInput>;
