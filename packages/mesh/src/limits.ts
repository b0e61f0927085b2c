export interface ParseLimits {
  /** Size of the uploaded file itself. */
  maxInputBytes: number;
  maxTriangles: number;
  maxVertices: number;
  /** 3MF: files in the ZIP archive. */
  maxZipEntries: number;
  /** 3MF: bytes produced by decompression, all files together, counted while inflating. */
  maxInflatedBytes: number;
  /** 3MF: inflated ÷ compressed size of a file, once it has produced more than a mebibyte. */
  maxCompressionRatio: number;
  /** 3MF: nesting of components inside components. */
  maxComponentDepth: number;
  /** 3MF: objects, components and build items, all together. */
  maxObjects: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxInputBytes: 512 * 1024 * 1024,
  maxTriangles: 5_000_000,
  maxVertices: 15_000_000,
  maxZipEntries: 64,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxComponentDepth: 16,
  maxObjects: 100_000,
});

export function resolveLimits(overrides?: Partial<ParseLimits>): ParseLimits {
  return { ...DEFAULT_PARSE_LIMITS, ...overrides };
}
