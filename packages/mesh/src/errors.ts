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
 * The only error the parsers throw. `message` is written for the shopper who uploaded the file;
 * `code` is for programs.
 */
export class MeshError extends Error {
  readonly code: MeshErrorCode;

  constructor(code: MeshErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeshError';
    this.code = code;
  }
}

export function isMeshError(value: unknown): value is MeshError {
  return value instanceof MeshError;
}

/** 5000000 → "5,000,000", for messages. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** 536870912 → "512 MiB", for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatCount(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MiB`;
  if (bytes >= 1024) return `${formatCount(Math.round((bytes / 1024) * 10) / 10)} KiB`;
  return `${formatCount(bytes)} bytes`;
}
