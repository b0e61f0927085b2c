import type { IndexedMesh } from '../mesh';
import type { LengthUnit } from '../units';
import { formatFloat32 } from '../write';
import { deflatedEntry, type RawZipEntry, writeZip } from './write-zip';

export interface ThreeMfReference {
  objectId: number;
  /** 12 numbers, 3MF order. */
  transform?: readonly number[];
  /** Another model part (Production extension). */
  path?: string;
}

export interface ThreeMfObject {
  id: number;
  mesh?: IndexedMesh;
  components?: readonly ThreeMfReference[];
  type?: string;
}

export interface ThreeMfModel {
  unit?: LengthUnit;
  objects: readonly ThreeMfObject[];
  items: readonly ThreeMfReference[];
}

export const CONTENT_TYPES_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/>
</Types>`;

export function buildRelationshipsXml(modelPath = '/3D/3dmodel.model'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Target="${modelPath}" Id="rel0" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>
</Relationships>`;
}

/** The XML of a 3MF model part. */
export function buildModelXml(model: ThreeMfModel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<model unit="${model.unit ?? 'millimeter'}" xml:lang="en-US" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02" xmlns:p="http://schemas.microsoft.com/3dmanufacturing/production/2015/06">`,
    '  <resources>',
  ];
  for (const object of model.objects) {
    lines.push(`    <object id="${object.id}" type="${object.type ?? 'model'}">`);
    if (object.mesh) appendMeshXml(object.mesh, lines);
    if (object.components) {
      lines.push('      <components>');
      for (const component of object.components)
        lines.push(`        <component ${formatReferenceAttributes(component)}/>`);
      lines.push('      </components>');
    }
    lines.push('    </object>');
  }
  lines.push('  </resources>', '  <build>');
  for (const item of model.items) lines.push(`    <item ${formatReferenceAttributes(item)}/>`);
  lines.push('  </build>', '</model>');
  return lines.join('\n');
}

/** A complete 3MF package: content types, relationships and the model (plus extra parts). */
export function build3mf(model: ThreeMfModel, extraParts: Record<string, string> = {}): Uint8Array {
  const entries: RawZipEntry[] = [
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES_XML),
    deflatedEntry('_rels/.rels', buildRelationshipsXml()),
    deflatedEntry('3D/3dmodel.model', buildModelXml(model)),
  ];
  for (const [name, xml] of Object.entries(extraParts)) entries.push(deflatedEntry(name, xml));
  return writeZip(entries);
}

function appendMeshXml(mesh: IndexedMesh, lines: string[]): void {
  lines.push('      <mesh>', '        <vertices>');
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3)
    lines.push(
      `          <vertex x="${formatFloat32(p[i]!)}" y="${formatFloat32(p[i + 1]!)}" z="${formatFloat32(p[i + 2]!)}"/>`,
    );
  lines.push('        </vertices>', '        <triangles>');
  const t = mesh.indices;
  for (let i = 0; i < t.length; i += 3)
    lines.push(`          <triangle v1="${t[i]}" v2="${t[i + 1]}" v3="${t[i + 2]}"/>`);
  lines.push('        </triangles>', '      </mesh>');
}

function formatReferenceAttributes(reference: ThreeMfReference): string {
  const parts = [`objectid="${reference.objectId}"`];
  if (reference.transform) parts.push(`transform="${reference.transform.join(' ')}"`);
  if (reference.path) parts.push(`p:path="${reference.path}"`);
  return parts.join(' ');
}
