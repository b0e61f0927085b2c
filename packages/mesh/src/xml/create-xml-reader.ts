import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MeshError } from '../errors';
import { xmlProblemOf } from './xml-problem';

/** 3MF needs about six levels; deeper nesting only costs memory. */
const MAX_DEPTH = 64;

export interface XmlHandlers {
  onOpen(tag: SaxesTagPlain): void;
  onClose?(tag: SaxesTagPlain): void;
}

export interface XmlReader {
  /** Feeds UTF-8 bytes; a character split between two chunks is handled. */
  writeBytes(chunk: Uint8Array): void;
  close(): void;
}

/**
 * A streaming XML reader that refuses any DOCTYPE (and with it every entity definition, so no
 * "billion laughs") and turns every XML error into a MeshError naming the part and line.
 */
export function createXmlReader(partName: string, handlers: XmlHandlers): XmlReader {
  const parser = new SaxesParser({ xmlns: false });
  const decoder = new TextDecoder('utf-8');
  parser.on('doctype', () => {
    throw new MeshError('XML_ENTITY', { key: 'mesh.xml.doctype', params: { part: partName } });
  });
  parser.on('error', (error) => {
    // The parser's complaint as a message of its own, said in the reader's language; its words stay
    // in the cause, for logs.
    throw new MeshError(
      'MALFORMED',
      {
        key: 'mesh.xml.malformed',
        params: { part: partName, line: parser.line, problem: xmlProblemOf(error.message) },
      },
      { cause: error },
    );
  });
  let depth = 0;
  parser.on('opentag', (tag) => {
    if (++depth > MAX_DEPTH) {
      throw new MeshError('MALFORMED', {
        key: 'mesh.xml.too-deep',
        params: { part: partName, max: MAX_DEPTH },
      });
    }
    handlers.onOpen(tag);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.onClose?.(tag);
  });
  const write = (text: string | null): void => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch (error) {
      if (error instanceof MeshError) throw error;
      throw new MeshError(
        'MALFORMED',
        { key: 'mesh.xml.unreadable', params: { part: partName } },
        { cause: error },
      );
    }
  };
  return {
    writeBytes(chunk) {
      write(decoder.decode(chunk, { stream: true }));
    },
    close() {
      write(decoder.decode());
      write(null);
    },
  };
}
