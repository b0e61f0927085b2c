import { MeshError } from '../errors';
import { weldIndexedMesh } from '../geometry/weld';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import { createInflateBudget, type InflateBudget, inflateEntry } from '../zip/inflate-entry';
import { readZipDirectory } from '../zip/read-zip-directory';
import type { ZipArchive } from '../zip/zip-entry';
import { assembleBuild } from './assemble-build';
import { findEntry, findModelPath, isOutsidePackage } from './find-model-path';
import type { ModelPart } from './model-part';
import { createModelPartReader, type PartTotals } from './read-model-part';

/**
 * Parses a 3MF package: the ZIP is checked and inflated under limits, the model XML streamed, and
 * parts that the Production extension references (`p:path`, as Bambu and Orca write) read too.
 * Coordinates come out in millimetres whatever the model's unit.
 */
export function parse3mf(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  const archive = readZipDirectory(bytes, limits);
  const budget = createInflateBudget(limits);
  const rootPath = findModelPath(archive, budget, limits);
  const totals: PartTotals = { vertices: 0, triangles: 0, objects: 0 };
  const parts = new Map<string, ModelPart>();
  const pending = [rootPath];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (parts.has(path)) continue;
    const part = readPart(archive, path, path === rootPath, budget, totals, limits);
    parts.set(path, part);
    for (const object of part.objects.values()) {
      for (const component of object.components) pending.push(component.partPath);
    }
    for (const item of part.items) pending.push(item.partPath);
  }
  return weldIndexedMesh(assembleBuild(parts, rootPath, limits));
}

function readPart(
  archive: ZipArchive,
  path: string,
  isRoot: boolean,
  budget: InflateBudget,
  totals: PartTotals,
  limits: ParseLimits,
): ModelPart {
  if (isOutsidePackage(path)) {
    throw new MeshError('PACKAGE_RULE', {
      key: 'mesh.3mf.part-outside',
      params: { path: path.slice(0, 80) },
    });
  }
  const entry = findEntry(archive, path);
  if (!entry) {
    throw new MeshError('MISSING_MODEL', {
      key: isRoot ? 'mesh.3mf.start-part-missing' : 'mesh.3mf.part-missing',
      params: { path: path.slice(0, 80) },
    });
  }
  const reader = createModelPartReader(path, totals, limits);
  inflateEntry(archive, entry, budget, limits, (chunk) => reader.writeBytes(chunk));
  return reader.finish();
}
