import { isMeshError, type MeshError } from '../errors';
import { parseModel } from '../parse';

/** For tests: the refusal the parsers give a file (throws if the file is read). */
export function refusalOf(bytes: Uint8Array, options?: Parameters<typeof parseModel>[1]): MeshError {
  try {
    parseModel(bytes, options);
  } catch (error) {
    if (isMeshError(error)) return error;
    throw error;
  }
  throw new Error('The file was read');
}
