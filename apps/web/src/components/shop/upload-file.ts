import type { TModel } from '@facet/core/models/model-dto';

/**
 * Why an upload gave no model: the server refused the file (saying why in `detail`, in the language
 * its `Content-Language` names), it answered without saying why, or the connection dropped.
 */
export type UploadProblem =
  | { kind: 'refused'; status: number; detail: string; language: string | null }
  | { kind: 'failed'; status: number }
  | { kind: 'dropped' };

/** The `upload` messages an upload's problem is said with. */
export type UploadProblemT = (
  key: 'uploadFailed' | 'connectionDropped',
  values?: Record<string, string | number>,
) => string;

/**
 * The problem in the reader's language (`locale`): the server's own words when it said them in that
 * language (a refusal the domain's catalogue has), else ours with the HTTP status.
 */
export function sayUploadProblem(problem: UploadProblem, t: UploadProblemT, locale: string): string {
  switch (problem.kind) {
    case 'refused':
      if ((problem.language ?? 'en') === locale) return problem.detail;
      return t('uploadFailed', { status: String(problem.status) });
    case 'failed':
      return t('uploadFailed', { status: String(problem.status) });
    case 'dropped':
      return t('connectionDropped');
  }
}

/** What a finished request gave: the model, or the problem to say. */
export function uploadOutcome(
  status: number,
  body: unknown,
  language: string | null,
): { model: TModel; problem?: never } | { model?: never; problem: UploadProblem } {
  if (status === 201) return { model: body as TModel };
  const detail = (body as { detail?: unknown } | null)?.detail;
  return {
    problem:
      typeof detail === 'string' && detail !== ''
        ? { kind: 'refused', status, detail, language }
        : { kind: 'failed', status },
  };
}

/**
 * Sends one file as the raw request body, reporting progress (fetch cannot report upload
 * progress, XMLHttpRequest can); rejects with an UploadProblem.
 */
export function uploadModelFile(file: File, onProgress: (fraction: number) => void): Promise<TModel> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/uploads/models?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const outcome = uploadOutcome(
        request.status,
        safeJson(request.responseText),
        request.getResponseHeader('content-language'),
      );
      if (outcome.model) resolve(outcome.model);
      else reject(outcome.problem);
    };
    request.onerror = () => reject({ kind: 'dropped' } satisfies UploadProblem);
    request.send(file);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
