/** One file of a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** As declared; never trusted while inflating. */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Unix mode from the external attributes (0 when the archive was made elsewhere). */
  unixMode: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
}
