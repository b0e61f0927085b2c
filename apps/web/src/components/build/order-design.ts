import type { TModel } from '@facet/core/models/model-dto';
import type { Design } from '@facet/mesh/parts/design';

/** The server did not keep the design; `status` is its answer's HTTP status. */
export class DesignSaveError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends the design to be made into a model file (on the server, from the same parts), kept with the model. */
export async function uploadDesign(design: Design): Promise<TModel> {
  const response = await fetch('/api/uploads/designs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ design }),
  });
  const body = (await response.json().catch(() => null)) as (TModel & { detail?: string }) | null;
  if (response.status !== 201 || !body) {
    throw new DesignSaveError(
      response.status,
      body?.detail ?? `We could not save your piece (${response.status}). Please try again.`,
    );
  }
  return body;
}
