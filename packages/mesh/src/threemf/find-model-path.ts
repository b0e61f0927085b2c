import type { ParseLimits } from '../limits';
import { createXmlReader } from '../xml/create-xml-reader';
import { type InflateBudget, inflateEntry } from '../zip/inflate-entry';
import type { ZipArchive } from '../zip/zip-entry';
import { normalisePartPath } from './read-model-part';

export const DEFAULT_MODEL_PATH = '3D/3dmodel.model';
const RELATIONSHIPS_PATH = '_rels/.rels';
const MODEL_RELATIONSHIP_TYPE = /\/3dmanufacturing\/\d{4}\/\d{2}\/3dmodel$/;

/** The model part named by the package relationships (`_rels/.rels`), or the default path. */
export function findModelPath(archive: ZipArchive, budget: InflateBudget, limits: ParseLimits): string {
  const relationships = findEntry(archive, RELATIONSHIPS_PATH);
  if (!relationships) return DEFAULT_MODEL_PATH;
  let target: string | undefined;
  const reader = createXmlReader(RELATIONSHIPS_PATH, {
    onOpen(tag) {
      const type = tag.attributes.Type;
      if (
        target === undefined &&
        tag.name.endsWith('Relationship') &&
        type &&
        MODEL_RELATIONSHIP_TYPE.test(type)
      ) {
        target = tag.attributes.Target;
      }
    },
  });
  inflateEntry(archive, relationships, budget, limits, (chunk) => reader.writeBytes(chunk));
  reader.close();
  return target ? normalisePartPath(target) : DEFAULT_MODEL_PATH;
}

/** Finds an entry by exact name, else ignoring case (some writers change it). */
export function findEntry(archive: ZipArchive, path: string) {
  const exact = archive.entries.find((entry) => entry.name === path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  return archive.entries.find((entry) => entry.name.toLowerCase() === lower);
}
