import type { TModel } from '@facet/core/models/model-dto';

/** One file the shopper dropped, from the first byte sent to the server's verdict. */
export interface UploadEntry {
  id: string;
  file: File;
  progress: number;
  model: TModel | null;
  error: string | null;
}
