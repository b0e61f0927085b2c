import type { TModel } from '@facet/core/models/model-dto';
import type { Design } from '@facet/mesh/parts/design';

/**
 * The server did not keep the design: `status` is its answer's HTTP status, `detail` why (when it
 * said), in the language its `Content-Language` names.
 */
export class DesignSaveError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | null,
    readonly language: string | null,
  ) {
    super(detail ?? `We could not save your piece (${status}).`);
  }
}

/** The `uiBuild` message a failed save is said with. */
export type SaveFailedT = (key: 'saveFailed', values: { status: string }) => string;

/**
 * A failed save in the reader's language (`locale`): the server's reason when it gave it in that
 * language (a design the builder's rules refuse, said from the catalogue), else ours with the status.
 */
export function saySaveError(error: DesignSaveError, t: SaveFailedT, locale: string): string {
  if (error.detail && (error.language ?? 'en') === locale) return error.detail;
  return t('saveFailed', { status: String(error.status) });
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
      typeof body?.detail === 'string' && body.detail !== '' ? body.detail : null,
      response.headers.get('content-language'),
    );
  }
  return body;
}
