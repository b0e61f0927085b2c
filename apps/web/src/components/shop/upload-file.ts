import type { TModel } from '@facet/core/models/model-dto';

export interface UploadProblem {
  detail: string;
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
      else
        reject({
          detail: (body as { detail?: string } | null)?.detail ?? `Upload failed (${request.status}).`,
        });
    };
    request.onerror = () => reject({ detail: 'The connection dropped during the upload. Please try again.' });
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
