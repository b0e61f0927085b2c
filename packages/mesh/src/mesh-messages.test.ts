import { describe, expect, it } from 'vitest';
import { MeshError } from './errors';
import {
  MESH_MESSAGE_EXAMPLES,
  MESH_MESSAGES_EN,
  type MeshMessage,
  type MeshMessageKey,
  sayMeshMessage,
} from './mesh-messages';
import { makeHostileCorpus } from './testing/hostile-corpus';
import { refusalOf } from './testing/refusal-of';

const keys = Object.keys(MESH_MESSAGES_EN) as MeshMessageKey[];

describe('the parsers’ messages', () => {
  it.each(keys)('%s is said in English with its example params', (key) => {
    const text = sayMeshMessage({ key, params: MESH_MESSAGE_EXAMPLES[key] } as MeshMessage);
    expect(text).toMatch(/[a-z]/i);
    expect(text).not.toMatch(/undefined|null|NaN undefined|\[object|\$\{/);
  });

  it('says a place inside the refusal that names it', () => {
    const message: MeshMessage = {
      key: 'mesh.text.damaged',
      params: {
        kind: 'STL',
        detail: {
          key: 'mesh.detail.stl-too-few-vertices',
          params: { place: { key: 'mesh.place.stl-facet', params: { facet: 12_000 } } },
        },
        line: 48_001,
      },
    };
    expect(sayMeshMessage(message)).toBe(
      'The STL file is damaged: facet 12,000 has fewer than three vertices (line 48,001).',
    );
  });

  it('keeps a refusal’s key and params beside its English message', () => {
    const error = refusalOf(
      new TextEncoder().encode('solid x\nfacet normal 0 0 1\n outer loop\n vertex 0 0 0\n'),
    );
    expect(error.code).toBe('TRUNCATED');
    expect(error.localized.key).toBe('mesh.text.cut-off');
    expect(error.localized.params).toMatchObject({ kind: 'STL', line: 5 });
    expect(error.message).toBe(sayMeshMessage(error.localized));
    expect(error.message).toMatch(/^The STL file ends too early/);
  });

  it('counts as numbers in the params, for each language to format', () => {
    const error = refusalOf(new Uint8Array(600), { limits: { maxInputBytes: 100 } });
    expect(error.localized).toEqual({ key: 'mesh.file-too-large', params: { bytes: 600, maxBytes: 100 } });
    expect(error.message).toBe('The file is 600 bytes; we accept files up to 100 bytes.');
  });

  it('gives every hostile file’s refusal a key the messages know', () => {
    for (const hostile of makeHostileCorpus()) {
      const error = refusalOf(hostile.bytes, { limits: hostile.limits });
      expect(keys, hostile.name).toContain(error.localized.key);
      expect(error).toBeInstanceOf(MeshError);
    }
  });
});
