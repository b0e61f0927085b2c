import { MeshError } from '../errors';

const NON_FINITE_WORD = /^\s*[+-]?(nan|inf|infinity)\s*$/i;
const UNSIGNED_INTEGER = /^\s*\d{1,10}\s*$/;

/** `where` names the place for an error message; it is called only when one is needed. */
export function readCoordinateAttribute(
  value: string | undefined,
  name: string,
  where: () => string,
): number {
  if (value === undefined || value.trim() === '') {
    throw new MeshError('MALFORMED', `The 3MF file is damaged: ${where()} has no "${name}" coordinate.`);
  }
  const number = Number(value);
  if (Number.isFinite(number)) return number;
  if (!Number.isNaN(number) || NON_FINITE_WORD.test(value)) {
    throw new MeshError(
      'NON_FINITE',
      `The 3MF file has a coordinate that is not a usable number ("${value.slice(0, 40)}") at ${where()}.`,
    );
  }
  throw new MeshError(
    'MALFORMED',
    `The 3MF file is damaged: ${where()} has "${value.slice(0, 40)}" as its ${name}.`,
  );
}

export function readIndexAttribute(value: string | undefined, name: string, where: () => string): number {
  if (value === undefined || !UNSIGNED_INTEGER.test(value)) {
    throw new MeshError(
      'MALFORMED',
      `The 3MF file is damaged: ${where()} has ${value === undefined ? 'no' : `"${value.slice(0, 40)}" as its`} "${name}".`,
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
