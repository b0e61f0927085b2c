import type { TModel } from '@facet/core/models/model-dto';
import { useTranslations } from 'next-intl';

/** Why an upload failed: the server's own explanation when it gave one; status 0 when the connection dropped. */
export interface UploadProblem {
  detail: string | null;
  status: number;
}

/**
 * Sends one file as the raw request body, reporting progress (fetch cannot report upload
 * progress, XMLHttpRequest can).
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
      const body = safeJson(request.responseText);
      if (request.status === 201) resolve(body as TModel);
      else {
        const problem: UploadProblem = {
          detail: (body as { detail?: string } | null)?.detail ?? null,
          status: request.status,
        };
        reject(problem);
      }
    };
    request.onerror = () => reject({ detail: null, status: 0 } satisfies UploadProblem);
    request.send(file);
  });
}

/** Says an upload's failure in the page's language. */
export function useSayUploadProblem(): (problem: UploadProblem) => string {
  const t = useTranslations('upload');
  return (problem) =>
    problem.detail ??
    (problem.status === 0 ? t('connectionDropped') : t('failedWithStatus', { status: problem.status }));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
