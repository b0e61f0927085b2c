import type { MeshErrorCode } from '../../errors';
import type { ParseLimits } from '../../limits';

export interface HostileCase {
  name: string;
  /** File name with the extension a user might give it; the parser never looks at it. */
  fileName: string;
  bytes: Uint8Array;
  expectedCode: MeshErrorCode;
  /** Only for cases that test a limit smaller than the default. */
  limits?: Partial<ParseLimits>;
}

export const encodeText = (value: string) => new TextEncoder().encode(value);
