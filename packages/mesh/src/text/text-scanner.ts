import { MeshError } from '../errors';
import type { MeshMessage } from '../mesh-messages';
import { classifyToken, decodeLatin1, parseDecimal } from './parse-number';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Control and non-ASCII bytes shown as "?" in messages. */
function toPrintable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

function isBlank(byte: number | undefined): boolean {
  return byte === SPACE || byte === TAB || byte === CR || byte === 0x0c || byte === 0x0b;
}

function isWhitespace(byte: number | undefined): boolean {
  return byte === LF || isBlank(byte);
}

/**
 * Reads words and numbers from ASCII text held as bytes, without making strings of it.
 * `fileKind` ("STL", "OBJ") names the file in error messages, which also give the line.
 */
export class TextScanner {
  pos = 0;
  readonly bytes: Uint8Array;
  private readonly fileKind: string;

  constructor(bytes: Uint8Array, fileKind: string) {
    this.bytes = bytes;
    this.fileKind = fileKind;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
  }

  atEnd(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** Skips spaces, tabs and line breaks. */
  skipWhitespace(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    while (pos < bytes.length && isWhitespace(bytes[pos])) pos++;
    this.pos = pos;
  }

  /** Skips spaces and tabs, stopping at a line break. */
  skipBlanks(): void {
    const bytes = this.bytes;
    let pos = this.pos;
    while (pos < bytes.length && isBlank(bytes[pos])) pos++;
    this.pos = pos;
  }

  atLineEnd(): boolean {
    return this.pos >= this.bytes.length || this.bytes[this.pos] === LF;
  }

  /** Moves past the next line break. */
  skipLine(): void {
    const next = this.bytes.indexOf(LF, this.pos);
    this.pos = next < 0 ? this.bytes.length : next + 1;
  }

  /** End of the token that starts at `pos` (the next whitespace or end of text). */
  tokenEnd(): number {
    const bytes = this.bytes;
    let end = this.pos;
    while (end < bytes.length && !isWhitespace(bytes[end])) end++;
    return end;
  }

  /** If the next token is `word` (ASCII, case-insensitive), consumes it. */
  acceptWord(word: string): boolean {
    const end = this.tokenEnd();
    if (end - this.pos !== word.length) return false;
    for (let i = 0; i < word.length; i++) {
      if ((this.bytes[this.pos + i]! | 0x20) !== word.charCodeAt(i)) return false;
    }
    this.pos = end;
    return true;
  }

  /** `where` names the place for an error message; it is called only when one is needed. */
  expectWord(word: string, where: () => MeshMessage): void {
    this.skipWhitespace();
    if (this.atEnd())
      throw this.truncated({ key: 'mesh.detail.word-expected', params: { place: where(), word } });
    if (!this.acceptWord(word)) {
      throw this.malformed({
        key: 'mesh.detail.word-expected-found',
        params: { place: where(), word, found: this.peekToken() },
      });
    }
  }

  /** Reads a finite number; refuses NaN, infinities and junk with a message naming the line. */
  readNumber(where: () => MeshMessage): number {
    const end = this.tokenEnd();
    if (end === this.pos)
      throw this.truncated({ key: 'mesh.detail.number-expected', params: { place: where() } });
    let value = parseDecimal(this.bytes, this.pos, end);
    if (Number.isNaN(value)) {
      const token = classifyToken(this.bytes, this.pos, end);
      if (token.kind === 'non-finite') throw this.nonFinite(where(), token.text);
      if (token.kind === 'invalid')
        throw this.malformed({
          key: 'mesh.detail.not-a-number',
          params: { place: where(), text: toPrintable(token.text) },
        });
      value = token.value;
    }
    if (!Number.isFinite(value) || !Number.isFinite(Math.fround(value))) {
      throw this.nonFinite(where(), decodeLatin1(this.bytes, this.pos, Math.min(end, this.pos + 40)));
    }
    this.pos = end;
    return value;
  }

  peekToken(): string {
    return toPrintable(decodeLatin1(this.bytes, this.pos, Math.min(this.tokenEnd(), this.pos + 40)));
  }

  /** 1-based line of `pos`, counted only when an error needs it. */
  lineNumber(at = this.pos): number {
    let line = 1;
    const bytes = this.bytes;
    const stop = Math.min(at, bytes.length);
    for (let i = 0; i < stop; i++) if (bytes[i] === LF) line++;
    return line;
  }

  /** `detail` says what is wrong; the message names the file's kind and the line. */
  malformed(detail: MeshMessage): MeshError {
    return new MeshError('MALFORMED', {
      key: 'mesh.text.damaged',
      params: { kind: this.fileKind, detail, line: this.lineNumber() },
    });
  }

  truncated(detail: MeshMessage): MeshError {
    return new MeshError('TRUNCATED', {
      key: 'mesh.text.cut-off',
      params: { kind: this.fileKind, detail, line: this.lineNumber() },
    });
  }

  private nonFinite(place: MeshMessage, text: string): MeshError {
    return new MeshError('NON_FINITE', {
      key: 'mesh.text.not-finite',
      params: { kind: this.fileKind, text, place, line: this.lineNumber() },
    });
  }
}
