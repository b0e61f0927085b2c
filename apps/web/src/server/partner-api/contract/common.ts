import { z } from 'zod';

/** A path id: any string, so an id that is not ours is answered 404 like any other unknown id. */
export const ZIdParams = z.object({
  id: z.string().min(1).max(100).meta({ description: 'The id, as returned when it was created.' }),
});

export const EXAMPLE_MODEL_ID = '01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11';
