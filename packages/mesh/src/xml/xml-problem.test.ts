import { describe, expect, it } from 'vitest';
import { isMeshError, type MeshError } from '../errors';
import { createXmlReader } from './create-xml-reader';
import { xmlProblemOf } from './xml-problem';

/** The refusal a 3MF model part with this text gets from the XML reader. */
function refusalOf(xml: string): MeshError {
  const reader = createXmlReader('3D/3dmodel.model', { onOpen() {} });
  try {
    reader.writeBytes(new TextEncoder().encode(xml));
    reader.close();
  } catch (error) {
    if (isMeshError(error)) return error;
    throw error;
  }
  throw new Error('The XML was read');
}

describe('the XML parser’s complaints', () => {
  it.each([
    ['<model><mesh>', { key: 'mesh.xml.problem.unclosed-tag', params: { tag: 'mesh' } }],
    ['</model>', { key: 'mesh.xml.problem.unmatched-closing-tag', params: { tag: 'model' } }],
    ['<model></mesh></model>', { key: 'mesh.xml.problem.stray-closing-tag', params: {} }],
    ['<model></></model>', { key: 'mesh.xml.problem.stray-closing-tag', params: {} }],
    ['', { key: 'mesh.xml.problem.no-root', params: {} }],
    ['<a/><b/>', { key: 'mesh.xml.problem.more-than-one-root', params: {} }],
    ['<a/>hello', { key: 'mesh.xml.problem.text-outside-root', params: {} }],
    ['<a x="1" x="2"/>', { key: 'mesh.xml.problem.attribute-twice', params: { name: 'x' } }],
    ['<a x=1/>', { key: 'mesh.xml.problem.attribute-unquoted', params: {} }],
    ['<a x="1"y="2"/>', { key: 'mesh.xml.problem.attributes-run-together', params: {} }],
    ['<a><? ?></a>', { key: 'mesh.xml.problem.processing-instruction', params: {} }],
    ['<?xml version="2.0"?><a/>', { key: 'mesh.xml.problem.declaration', params: {} }],
    ['<a>&foo;</a>', { key: 'mesh.xml.problem.entity', params: {} }],
    ['<a>&#xZZ;</a>', { key: 'mesh.xml.problem.entity', params: {} }],
    ['<a>\u0001</a>', { key: 'mesh.xml.problem.disallowed-character', params: {} }],
    ['<a><!-- x -- y --></a>', { key: 'mesh.xml.problem.comment', params: {} }],
    ['<a>x ]]> y</a>', { key: 'mesh.xml.problem.cdata-end', params: {} }],
    ['<a/ >', { key: 'mesh.xml.problem.tag-malformed', params: {} }],
  ])('%j is refused with a key of its own', (xml, problem) => {
    const error = refusalOf(xml);
    expect(error.code).toBe('MALFORMED');
    expect(error.localized).toEqual({
      key: 'mesh.xml.malformed',
      params: { part: '3D/3dmodel.model', line: expect.any(Number), problem },
    });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('keeps the words of a complaint it has no key for, in English', () => {
    expect(xmlProblemOf('3D/3dmodel.model:1:5: something new went wrong.')).toEqual({
      key: 'mesh.xml.problem.other',
      params: { text: 'something new went wrong.' },
    });
  });

  it('says the problem inside the refusal, in English for logs', () => {
    expect(refusalOf('<model>\n<resources>\n<object>\n</resources>').message).toBe(
      'The 3MF file is damaged: "3D/3dmodel.model" is not well-formed XML near line 4 (a closing tag does not match the open element).',
    );
  });
});
