import type { MeshMessage } from '../mesh-messages';

/** A name taken from the file (a tag, an attribute), cut to what a message can quote. */
const quoted = (name: string) => name.slice(0, 40);

/**
 * What the XML parser (saxes) complains of, as a message of our own: each complaint it can make has
 * a key, so a shopper reads it in their language. A complaint we do not know keeps the parser's
 * English words in the English message only.
 */
const PROBLEMS: Array<[RegExp, (match: RegExpExecArray) => MeshMessage]> = [
  [
    /^unclosed tag: (.+?)\.?$/,
    (m) => ({ key: 'mesh.xml.problem.unclosed-tag', params: { tag: quoted(m[1]!) } }),
  ],
  [
    /^unmatched closing tag: (.+?)\.?$/,
    (m) => ({ key: 'mesh.xml.problem.unmatched-closing-tag', params: { tag: quoted(m[1]!) } }),
  ],
  [
    /^(?:unexpected close tag|weird empty close tag)\.$/,
    () => ({ key: 'mesh.xml.problem.stray-closing-tag', params: {} }),
  ],
  [/^unexpected end\.$/, () => ({ key: 'mesh.xml.problem.unexpected-end', params: {} })],
  [/^document must contain a root element\.$/, () => ({ key: 'mesh.xml.problem.no-root', params: {} })],
  [
    /^documents may contain only one root\.$/,
    () => ({ key: 'mesh.xml.problem.more-than-one-root', params: {} }),
  ],
  [/^text data outside of root node\.$/, () => ({ key: 'mesh.xml.problem.text-outside-root', params: {} })],
  [
    /^duplicate attribute: (.+?)\.?$/,
    (m) => ({ key: 'mesh.xml.problem.attribute-twice', params: { name: quoted(m[1]!) } }),
  ],
  [/^attribute without value\.$/, () => ({ key: 'mesh.xml.problem.attribute-without-value', params: {} })],
  [/^unquoted attribute value\.$/, () => ({ key: 'mesh.xml.problem.attribute-unquoted', params: {} })],
  [
    /^no whitespace between attributes\.$/,
    () => ({ key: 'mesh.xml.problem.attributes-run-together', params: {} }),
  ],
  [/processing instruction/i, () => ({ key: 'mesh.xml.problem.processing-instruction', params: {} })],
  [
    /XML declaration|^version number|^encoding value|^standalone value|^value must be quoted|^value required|^whitespace required|^expected the name|^expected one of|^did not expect any more name\/value pairs/,
    () => ({ key: 'mesh.xml.problem.declaration', params: {} }),
  ],
  [/entity/, () => ({ key: 'mesh.xml.problem.entity', params: {} })],
  [/^disallowed character/, () => ({ key: 'mesh.xml.problem.disallowed-character', params: {} })],
  [/^malformed comment\.$/, () => ({ key: 'mesh.xml.problem.comment', params: {} })],
  [/\]\]>/, () => ({ key: 'mesh.xml.problem.cdata-end', params: {} })],
  [
    /^(?:forward-slash in opening tag not followed by >|incorrect syntax|inappropriately located doctype declaration)\.$/,
    () => ({ key: 'mesh.xml.problem.tag-malformed', params: {} }),
  ],
];

/** The parser's complaint (its text without the place it prefixes) as a message with a stable key. */
export function xmlProblemOf(complaint: string): MeshMessage {
  const text = complaint.replace(/^(?:.*?:)?\d+:\d+:\s*/, '').trim();
  for (const [pattern, make] of PROBLEMS) {
    const match = pattern.exec(text);
    if (match) return make(match);
  }
  return { key: 'mesh.xml.problem.other', params: { text: text.slice(0, 200) } };
}
