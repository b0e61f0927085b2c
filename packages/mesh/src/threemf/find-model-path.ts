import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import { createXmlReader } from '../xml/create-xml-reader';
import { type InflateBudget, inflateEntry } from '../zip/inflate-entry';
import type { ZipArchive } from '../zip/zip-entry';
import { normalisePartPath } from './read-model-part';

const RELATIONSHIPS_PATH = '_rels/.rels';
const MODEL_RELATIONSHIP_TYPE = /\/3dmanufacturing\/\d{4}\/\d{2}\/3dmodel$/;
/** `http:`, `file:`, `//host`: a target that names something outside the package. */
const OUTSIDE_TARGET = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\)/i;

/**
 * The 3D model part the package starts from. By the 3MF core specification's packaging rules
 * (Open Packaging Conventions), `_rels/.rels` holds exactly one relationship of the 3D model type,
 * whose target is a part inside the package. Anything else is refused, naming the rule.
 */
export function findModelPath(archive: ZipArchive, budget: InflateBudget, limits: ParseLimits): string {
  const relationships = findEntry(archive, RELATIONSHIPS_PATH);
  if (!relationships) {
    throw refuse(
      'it has no "_rels/.rels", so nothing names its 3D model part (3MF core specification, part 2: packaging)',
    );
  }
  const targets: Array<{ target: string | undefined; external: boolean }> = [];
  const reader = createXmlReader(RELATIONSHIPS_PATH, {
    onOpen(tag) {
      const type = tag.attributes.Type;
      if (tag.name.endsWith('Relationship') && type && MODEL_RELATIONSHIP_TYPE.test(type)) {
        targets.push({ target: tag.attributes.Target, external: tag.attributes.TargetMode === 'External' });
      }
    },
  });
  inflateEntry(archive, relationships, budget, limits, (chunk) => reader.writeBytes(chunk));
  reader.close();
  if (targets.length !== 1) {
    throw refuse(
      targets.length === 0
        ? 'its "_rels/.rels" names no 3D model part; a 3MF package has exactly one, as its start part'
        : `its "_rels/.rels" names ${targets.length} 3D model parts as start parts; a 3MF package has exactly one`,
    );
  }
  const [{ target, external }] = targets as [{ target: string | undefined; external: boolean }];
  if (!target) throw refuse('its 3D model relationship has no target');
  const path = normalisePartPath(target);
  if (external || isOutsidePackage(target)) {
    throw refuse(
      `its 3D model relationship points outside the package ("${target.slice(0, 80)}"); a 3MF model part must be inside the package`,
    );
  }
  return path;
}

/** A part name that leaves the package: a URI with a scheme or host, or a path climbing out of it. */
export function isOutsidePackage(target: string): boolean {
  return OUTSIDE_TARGET.test(target.trim()) || normalisePartPath(target).split('/').includes('..');
}

function refuse(rule: string): MeshError {
  return new MeshError('PACKAGE_RULE', `This 3MF file breaks the 3MF packaging rules: ${rule}.`);
}

/** Finds an entry by exact name, else ignoring case (some writers change it). */
export function findEntry(archive: ZipArchive, path: string) {
  const exact = archive.entries.find((entry) => entry.name === path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  return archive.entries.find((entry) => entry.name.toLowerCase() === lower);
}
