import { type MeshMessage, sayMeshMessage } from './mesh-messages';

export { formatBytes, formatCount } from './mesh-messages';

export type MeshErrorCode =
  | 'UNKNOWN_FORMAT'
  | 'EMPTY_FILE'
  | 'TRUNCATED'
  | 'ABSURD_COUNT'
  | 'NON_FINITE'
  | 'EMPTY_MESH'
  | 'BAD_INDEX'
  | 'TOO_LARGE'
  | 'ZIP_TOO_MANY_ENTRIES'
  | 'ZIP_BOMB'
  | 'ZIP_UNSAFE_PATH'
  | 'ZIP_SYMLINK'
  | 'ZIP_UNSUPPORTED'
  | 'XML_ENTITY'
  | 'MISSING_MODEL'
  | 'PACKAGE_RULE'
  | 'MALFORMED';

/**
 * The only error the parsers throw. `localized` is what the shopper who uploaded the file reads, as
 * a key and params said in their language (core's catalogue); `message` is its English text, for
 * logs and programs; `code` is for programs.
 */
export class MeshError extends Error {
  readonly code: MeshErrorCode;
  readonly localized: MeshMessage;

  constructor(code: MeshErrorCode, message: MeshMessage, options?: { cause?: unknown }) {
    super(sayMeshMessage(message), options);
    this.name = 'MeshError';
    this.code = code;
    this.localized = message;
  }
}

export function isMeshError(value: unknown): value is MeshError {
  return value instanceof MeshError;
}
