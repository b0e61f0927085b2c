import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { MeshMessage } from '../mesh-messages';
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
    throw refuse({ key: 'mesh.3mf.no-relationships', params: {} });
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
        ? { key: 'mesh.3mf.no-start-part', params: {} }
        : { key: 'mesh.3mf.many-start-parts', params: { count: targets.length } },
    );
  }
  const [{ target, external }] = targets as [{ target: string | undefined; external: boolean }];
  if (!target) throw refuse({ key: 'mesh.3mf.start-part-no-target', params: {} });
  const path = normalisePartPath(target);
  if (external || isOutsidePackage(target)) {
    throw refuse({ key: 'mesh.3mf.start-part-outside', params: { target: target.slice(0, 80) } });
  }
  return path;
}

/** A part name that leaves the package: a URI with a scheme or host, or a path climbing out of it. */
export function isOutsidePackage(target: string): boolean {
  return OUTSIDE_TARGET.test(target.trim()) || normalisePartPath(target).split('/').includes('..');
}

/** The packaging rule the file breaks. */
function refuse(rule: MeshMessage): MeshError {
  return new MeshError('PACKAGE_RULE', rule);
}

/** Finds an entry by exact name, else ignoring case (some writers change it). */
export function findEntry(archive: ZipArchive, path: string) {
  const exact = archive.entries.find((entry) => entry.name === path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  return archive.entries.find((entry) => entry.name.toLowerCase() === lower);
}
