import { MeshError } from '../errors';
import type { MeshMessage } from '../mesh-messages';

const NON_FINITE_WORD = /^\s*[+-]?(nan|inf|infinity)\s*$/i;
const UNSIGNED_INTEGER = /^\s*\d{1,10}\s*$/;

/** `where` names the place for an error message; it is called only when one is needed. */
export function readCoordinateAttribute(
  value: string | undefined,
  name: string,
  where: () => MeshMessage,
): number {
  if (value === undefined || value.trim() === '') {
    throw new MeshError('MALFORMED', {
      key: 'mesh.3mf.coordinate-missing',
      params: { place: where(), name },
    });
  }
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  if (!Number.isNaN(number) || NON_FINITE_WORD.test(value)) {
    throw new MeshError('NON_FINITE', {
      key: 'mesh.3mf.coordinate-not-finite',
      params: { value: value.slice(0, 40), place: where() },
    });
  }
  throw new MeshError('MALFORMED', {
    key: 'mesh.3mf.coordinate-invalid',
    params: { place: where(), value: value.slice(0, 40), name },
  });
}

export function readIndexAttribute(
  value: string | undefined,
  name: string,
  where: () => MeshMessage,
): number {
  if (value === undefined || !UNSIGNED_INTEGER.test(value)) {
    throw new MeshError(
      'MALFORMED',
      value === undefined
        ? { key: 'mesh.3mf.index-missing', params: { place: where(), name } }
        : { key: 'mesh.3mf.index-invalid', params: { place: where(), value: value.slice(0, 40), name } },
    );
  }
  return Number(value);
}

/** The value of an attribute whatever namespace prefix it carries (`p:path`, `prod:path`). */
export function readPrefixedAttribute(
  attributes: Record<string, string>,
  localName: string,
): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}
