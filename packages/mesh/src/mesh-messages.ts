/**
 * What the parsers say when they refuse a file: a key and its params per refusal, and the English
 * text (a MeshError's `message`, for logs and programs). The Russian texts are core's (its domain
 * catalogue holds every key here), so each application says a refusal in its reader's language.
 * Counts and sizes are params as numbers, formatted by each language; a place in the file ("facet
 * 12, vertex 3") or the detail of a damaged text file is a message of its own, said inside another.
 */

/** 5000000 → "5,000,000", for English messages. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

/** 536870912 → "512 MiB", for English messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatCount(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MiB`;
  if (bytes >= 1024) return `${formatCount(Math.round((bytes / 1024) * 10) / 10)} KiB`;
  return `${formatCount(bytes)} bytes`;
}

type None = Record<never, never>;
/** An object's id as the 3MF gives it, or "?" when the file never said. */
type ObjectId = number | string;

/** The params of each message; a `MeshMessage` param is said inside it, in the same language. */
export type MeshMessageParams = {
  // Any file.
  'mesh.file-empty': None;
  'mesh.unknown-format': None;
  'mesh.file-too-large': { bytes: number; maxBytes: number };
  'mesh.no-triangles': None;
  'mesh.nothing-to-preview': None;
  'mesh.unit-unknown': { unit: string; known: string };
  'mesh.indices-not-triangles': { indices: number };
  'mesh.vertex-not-finite': { vertex: number; value: string };
  'mesh.triangle-vertex-missing': { triangle: number; vertex: number; vertices: number };

  // Text files (ASCII STL, OBJ): what is wrong, and on which line.
  'mesh.text.damaged': { kind: string; detail: MeshMessage; line: number };
  'mesh.text.cut-off': { kind: string; detail: MeshMessage; line: number };
  'mesh.text.not-finite': { kind: string; text: string; place: MeshMessage; line: number };
  'mesh.detail.word-expected': { place: MeshMessage; word: string };
  'mesh.detail.word-expected-found': { place: MeshMessage; word: string; found: string };
  'mesh.detail.number-expected': { place: MeshMessage };
  'mesh.detail.not-a-number': { place: MeshMessage; text: string };
  'mesh.detail.stl-solid-first': None;
  'mesh.detail.stl-solid-expected': { found: string };
  'mesh.detail.stl-facet-expected': { found: string };
  'mesh.detail.stl-vertex-expected': { place: MeshMessage; found: string };
  'mesh.detail.stl-no-endloop': { place: MeshMessage };
  'mesh.detail.stl-too-few-vertices': { place: MeshMessage };
  'mesh.detail.obj-three-coordinates': { place: MeshMessage };
  'mesh.detail.obj-face-corners': None;
  'mesh.detail.obj-not-vertex-number': { text: string };

  // Places named inside a message.
  'mesh.place.stl-facet': { facet: number };
  'mesh.place.stl-facet-vertex': { facet: number; vertex: number };
  'mesh.place.obj-vertex': { vertex: number };
  'mesh.place.3mf-vertex': { vertex: number; object: ObjectId; part: string };
  'mesh.place.3mf-triangle': { triangle: number; object: ObjectId; part: string };
  'mesh.place.3mf-component': { object: ObjectId; part: string };
  'mesh.place.3mf-object': { part: string };
  'mesh.place.3mf-item': { part: string };
  'mesh.place.component': None;
  'mesh.place.build-item': None;

  // STL.
  'mesh.stl.header-missing': { bytes: number };
  'mesh.stl.count-absurd': { declared: number; room: number };
  'mesh.stl.cut-off': { declared: number; expectedBytes: number; bytes: number };
  'mesh.stl.size-mismatch': { declared: number; expectedBytes: number; bytes: number };
  'mesh.stl.too-many-triangles': { triangles: number; max: number };
  'mesh.stl.more-than-max-triangles': { max: number };
  'mesh.stl.no-triangles': None;
  'mesh.stl.corner-not-finite': { triangle: number; corner: string };

  // OBJ.
  'mesh.obj.no-faces': None;
  'mesh.obj.vertices-no-faces': { vertices: number };
  'mesh.obj.vertex-missing': { line: number; vertex: number; vertices: number };
  'mesh.obj.too-many-vertices': { max: number };
  'mesh.obj.too-many-triangles': { max: number };

  // 3MF: the package, its XML, its model parts and build.
  'mesh.3mf.part-outside': { path: string };
  'mesh.3mf.start-part-missing': { path: string };
  'mesh.3mf.part-missing': { path: string };
  'mesh.3mf.no-relationships': None;
  'mesh.3mf.no-start-part': None;
  'mesh.3mf.many-start-parts': { count: number };
  'mesh.3mf.start-part-no-target': None;
  'mesh.3mf.start-part-outside': { target: string };
  'mesh.3mf.coordinate-missing': { place: MeshMessage; name: string };
  'mesh.3mf.coordinate-not-finite': { value: string; place: MeshMessage };
  'mesh.3mf.coordinate-invalid': { place: MeshMessage; value: string; name: string };
  'mesh.3mf.index-missing': { place: MeshMessage; name: string };
  'mesh.3mf.index-invalid': { place: MeshMessage; value: string; name: string };
  'mesh.3mf.transform-invalid': { place: MeshMessage; text: string };
  'mesh.3mf.object-twice': { part: string; object: ObjectId };
  'mesh.3mf.triangle-vertex-missing': {
    triangle: number;
    object: ObjectId;
    vertex: number;
    vertices: number;
  };
  'mesh.3mf.too-many-objects': { max: number };
  'mesh.3mf.too-many-vertices': { max: number };
  'mesh.3mf.too-many-triangles': { max: number };
  'mesh.3mf.no-build-items': None;
  'mesh.3mf.object-undefined': { place: MeshMessage; object: ObjectId };
  'mesh.3mf.object-undefined-in-part': { place: MeshMessage; object: ObjectId; part: string };
  'mesh.3mf.object-contains-itself': { object: ObjectId };
  'mesh.3mf.components-too-deep': { max: number };
  'mesh.3mf.item-not-model': { object: ObjectId; type: string };
  'mesh.3mf.placed-too-large': { triangles: number; max: number };
  'mesh.3mf.no-triangles': None;
  'mesh.xml.doctype': { part: string };
  /** As refusals were stored before the XML parser's complaints had keys (`problem` in its English). */
  'mesh.xml.not-well-formed': { part: string; line: number; problem: string };
  'mesh.xml.malformed': { part: string; line: number; problem: MeshMessage };
  'mesh.xml.too-deep': { part: string; max: number };
  'mesh.xml.unreadable': { part: string };

  // What the XML parser complains of (xml/xml-problem.ts), said inside `mesh.xml.malformed`.
  'mesh.xml.problem.unclosed-tag': { tag: string };
  'mesh.xml.problem.unmatched-closing-tag': { tag: string };
  'mesh.xml.problem.stray-closing-tag': None;
  'mesh.xml.problem.unexpected-end': None;
  'mesh.xml.problem.no-root': None;
  'mesh.xml.problem.more-than-one-root': None;
  'mesh.xml.problem.text-outside-root': None;
  'mesh.xml.problem.attribute-twice': { name: string };
  'mesh.xml.problem.attribute-without-value': None;
  'mesh.xml.problem.attribute-unquoted': None;
  'mesh.xml.problem.attributes-run-together': None;
  'mesh.xml.problem.processing-instruction': None;
  'mesh.xml.problem.declaration': None;
  'mesh.xml.problem.entity': None;
  'mesh.xml.problem.disallowed-character': None;
  'mesh.xml.problem.comment': None;
  'mesh.xml.problem.cdata-end': None;
  'mesh.xml.problem.tag-malformed': None;
  /** A complaint the parser has no key for: its own English words, which only the English says. */
  'mesh.xml.problem.other': { text: string };

  // ZIP, the 3MF's container.
  'mesh.zip.too-many-entries': { count: number; max: number };
  'mesh.zip.no-directory': None;
  'mesh.zip.directory-outside': None;
  'mesh.zip.name-twice': { name: string };
  'mesh.zip.zip64-locator-missing': None;
  'mesh.zip.zip64-directory-missing': None;
  'mesh.zip.entry-unreadable': None;
  'mesh.zip.entry-cut-short': None;
  'mesh.zip.zip64-sizes-cut-short': { name: string };
  'mesh.zip.checksum-mismatch': { name: string };
  'mesh.zip.cannot-decompress': { name: string };
  'mesh.zip.header-missing': { name: string };
  'mesh.zip.entry-cut-off': { name: string };
  'mesh.zip.encrypted': { name: string };
  'mesh.zip.method-unsupported': { name: string; method: number };
  'mesh.zip.unsafe-path': { name: string };
  'mesh.zip.symlink': { name: string };
  'mesh.zip.bomb-entry': { name: string; from: number; to: number };
  'mesh.zip.bomb-declared-total': { total: number; max: number };
  'mesh.zip.bomb-total': { max: number };
  'mesh.zip.bomb-ratio': { name: string; ratio: number };
};

export type MeshMessageKey = keyof MeshMessageParams;

/** One refusal (or a part of one): its key and params, as a MeshError carries it. */
export type MeshMessage = {
  [K in MeshMessageKey]: { key: K; params: MeshMessageParams[K] };
}[MeshMessageKey];

/** The params as a template reads them: every message inside already said, as text. */
export type SaidMeshParams<K extends MeshMessageKey> = {
  [P in keyof MeshMessageParams[K]]: MeshMessageParams[K][P] extends MeshMessage
    ? string
    : MeshMessageParams[K][P];
};

export type MeshTemplates = { [K in MeshMessageKey]: (params: SaidMeshParams<K>) => string };

const damaged3mf = (detail: string) => `The 3MF file is damaged: ${detail}.`;
const tooMany = (file: string, max: number, what: string) =>
  `The ${file} file has more than ${formatCount(max)} ${what}, the most we accept. Please reduce the mesh before uploading.`;
const packageRule = (rule: string) => `This 3MF file breaks the 3MF packaging rules: ${rule}.`;
const bomb = (detail: string) => `The 3MF archive looks like a "zip bomb": ${detail}. We refuse it.`;

export const MESH_MESSAGES_EN: MeshTemplates = {
  'mesh.file-empty': () => 'The file is empty (0 bytes).',
  'mesh.unknown-format': () =>
    'This file is not a 3D model we can read. Please upload an STL (binary or ASCII), OBJ or 3MF file.',
  'mesh.file-too-large': (p) =>
    `The file is ${formatBytes(p.bytes)}; we accept files up to ${formatBytes(p.maxBytes)}.`,
  'mesh.no-triangles': () => 'The model contains no triangles.',
  'mesh.nothing-to-preview': () => 'There is nothing to preview: the model has no triangles.',
  'mesh.unit-unknown': (p) => `The model uses the unit "${p.unit}", which is not one of ${p.known}.`,
  'mesh.indices-not-triangles': (p) =>
    `The mesh has ${p.indices} indices, which is not a whole number of triangles.`,
  'mesh.vertex-not-finite': (p) =>
    `Vertex ${formatCount(p.vertex)} has a coordinate that is not a finite number of millimetres (${p.value}).`,
  'mesh.triangle-vertex-missing': (p) =>
    `Triangle ${formatCount(p.triangle)} refers to vertex ${formatCount(p.vertex)}, but the model has only ${formatCount(p.vertices)} vertices.`,

  'mesh.text.damaged': (p) => `The ${p.kind} file is damaged: ${p.detail} (line ${formatCount(p.line)}).`,
  'mesh.text.cut-off': (p) =>
    `The ${p.kind} file ends too early, as if it was cut off: ${p.detail} (line ${formatCount(p.line)}).`,
  'mesh.text.not-finite': (p) =>
    `The ${p.kind} file has a coordinate that is not a usable number ("${p.text}") — ${p.place}, line ${formatCount(p.line)}.`,
  'mesh.detail.word-expected': (p) => `${p.place}: expected "${p.word}"`,
  'mesh.detail.word-expected-found': (p) => `${p.place}: expected "${p.word}" but found "${p.found}"`,
  'mesh.detail.number-expected': (p) => `${p.place}: expected a number`,
  'mesh.detail.not-a-number': (p) => `${p.place}: "${p.text}" is not a number`,
  'mesh.detail.stl-solid-first': () => 'an ASCII STL starts with "solid"',
  'mesh.detail.stl-solid-expected': (p) => `expected "solid" but found "${p.found}"`,
  'mesh.detail.stl-facet-expected': (p) => `expected "facet" or "endsolid" but found "${p.found}"`,
  'mesh.detail.stl-vertex-expected': (p) =>
    `${p.place}: expected "vertex" or "endloop" but found "${p.found}"`,
  'mesh.detail.stl-no-endloop': (p) => `${p.place} has no "endloop"`,
  'mesh.detail.stl-too-few-vertices': (p) => `${p.place} has fewer than three vertices`,
  'mesh.detail.obj-three-coordinates': (p) => `${p.place} needs three coordinates`,
  'mesh.detail.obj-face-corners': () => 'a face needs at least three corners',
  'mesh.detail.obj-not-vertex-number': (p) => `"${p.text}" is not a vertex number`,

  'mesh.place.stl-facet': (p) => `facet ${formatCount(p.facet)}`,
  'mesh.place.stl-facet-vertex': (p) => `facet ${formatCount(p.facet)}, vertex ${p.vertex}`,
  'mesh.place.obj-vertex': (p) => `vertex ${formatCount(p.vertex)}`,
  'mesh.place.3mf-vertex': (p) => `vertex ${formatCount(p.vertex)} of object ${p.object} in "${p.part}"`,
  'mesh.place.3mf-triangle': (p) =>
    `triangle ${formatCount(p.triangle)} of object ${p.object} in "${p.part}"`,
  'mesh.place.3mf-component': (p) => `a component of object ${p.object} in "${p.part}"`,
  'mesh.place.3mf-object': (p) => `an object in "${p.part}"`,
  'mesh.place.3mf-item': (p) => `a build item in "${p.part}"`,
  'mesh.place.component': () => 'a component',
  'mesh.place.build-item': () => 'a build item',

  'mesh.stl.header-missing': (p) =>
    `The STL file is only ${formatBytes(p.bytes)} long; even an empty binary STL has an 84-byte header.`,
  'mesh.stl.count-absurd': (p) =>
    `The STL declares ${formatCount(p.declared)} triangles but the file only has room for ${formatCount(p.room)}; its header is damaged.`,
  'mesh.stl.cut-off': (p) =>
    `The STL declares ${formatCount(p.declared)} triangles (${formatBytes(p.expectedBytes)}) but the file ends after ${formatBytes(p.bytes)}, as if the upload or export was cut off.`,
  'mesh.stl.size-mismatch': (p) =>
    `The STL declares ${formatCount(p.declared)} triangles (${formatBytes(p.expectedBytes)}) but the file is ${formatBytes(p.bytes)} long; its header does not match its contents.`,
  'mesh.stl.too-many-triangles': (p) =>
    `The STL has ${formatCount(p.triangles)} triangles; we accept at most ${formatCount(p.max)}. Please reduce the mesh before uploading.`,
  'mesh.stl.more-than-max-triangles': (p) =>
    `The STL has more than ${formatCount(p.max)} triangles, the most we accept. Please reduce the mesh before uploading.`,
  'mesh.stl.no-triangles': () => 'The STL file contains no triangles.',
  'mesh.stl.corner-not-finite': (p) =>
    `Triangle ${formatCount(p.triangle)} of the STL has a corner at (${p.corner}), which is not a position in space.`,

  'mesh.obj.no-faces': () => 'The OBJ file has no faces, so there is no surface to make.',
  'mesh.obj.vertices-no-faces': (p) =>
    `The OBJ file has ${formatCount(p.vertices)} vertices but no faces, so there is no surface to make.`,
  'mesh.obj.vertex-missing': (p) =>
    `Line ${formatCount(p.line)} of the OBJ file refers to vertex ${formatCount(p.vertex)}, but only ${formatCount(p.vertices)} vertices are defined before it.`,
  'mesh.obj.too-many-vertices': (p) => tooMany('OBJ', p.max, 'vertices'),
  'mesh.obj.too-many-triangles': (p) => tooMany('OBJ', p.max, 'triangles'),

  'mesh.3mf.part-outside': (p) =>
    packageRule(
      `it refers to "${p.path}" for part of the model, outside the package; every part must be inside it`,
    ),
  'mesh.3mf.start-part-missing': (p) =>
    `The 3MF file has no 3D model inside (its relationships name "${p.path}", which is not in the package; a relationship must point to a part that exists). Was it exported completely?`,
  'mesh.3mf.part-missing': (p) =>
    `The 3MF file refers to "${p.path}" for part of the model, but that file is not inside it (a relationship must point to a part that exists).`,
  'mesh.3mf.no-relationships': () =>
    packageRule(
      'it has no "_rels/.rels", so nothing names its 3D model part (3MF core specification, part 2: packaging)',
    ),
  'mesh.3mf.no-start-part': () =>
    packageRule('its "_rels/.rels" names no 3D model part; a 3MF package has exactly one, as its start part'),
  'mesh.3mf.many-start-parts': (p) =>
    packageRule(
      `its "_rels/.rels" names ${p.count} 3D model parts as start parts; a 3MF package has exactly one`,
    ),
  'mesh.3mf.start-part-no-target': () => packageRule('its 3D model relationship has no target'),
  'mesh.3mf.start-part-outside': (p) =>
    packageRule(
      `its 3D model relationship points outside the package ("${p.target}"); a 3MF model part must be inside the package`,
    ),
  'mesh.3mf.coordinate-missing': (p) => damaged3mf(`${p.place} has no "${p.name}" coordinate`),
  'mesh.3mf.coordinate-not-finite': (p) =>
    `The 3MF file has a coordinate that is not a usable number ("${p.value}") at ${p.place}.`,
  'mesh.3mf.coordinate-invalid': (p) => damaged3mf(`${p.place} has "${p.value}" as its ${p.name}`),
  'mesh.3mf.index-missing': (p) => damaged3mf(`${p.place} has no "${p.name}"`),
  'mesh.3mf.index-invalid': (p) => damaged3mf(`${p.place} has "${p.value}" as its "${p.name}"`),
  'mesh.3mf.transform-invalid': (p) =>
    damaged3mf(`the transform of ${p.place} should be 12 numbers but is "${p.text}"`),
  'mesh.3mf.object-twice': (p) => damaged3mf(`"${p.part}" defines object ${p.object} twice`),
  'mesh.3mf.triangle-vertex-missing': (p) =>
    `Triangle ${formatCount(p.triangle)} of object ${p.object} in the 3MF refers to vertex ${formatCount(p.vertex)}, but the object has only ${formatCount(p.vertices)} vertices (numbered from 0).`,
  'mesh.3mf.too-many-objects': (p) => tooMany('3MF', p.max, 'objects, components and build items'),
  'mesh.3mf.too-many-vertices': (p) => tooMany('3MF', p.max, 'vertices'),
  'mesh.3mf.too-many-triangles': (p) => tooMany('3MF', p.max, 'triangles'),
  'mesh.3mf.no-build-items': () => 'The 3MF file has no build items, so it describes nothing to make.',
  'mesh.3mf.object-undefined': (p) =>
    damaged3mf(`${p.place} refers to object ${p.object}, which it does not define`),
  'mesh.3mf.object-undefined-in-part': (p) =>
    damaged3mf(`${p.place} refers to object ${p.object} in "${p.part}", which it does not define`),
  'mesh.3mf.object-contains-itself': (p) => damaged3mf(`object ${p.object} contains itself`),
  'mesh.3mf.components-too-deep': (p) => `The 3MF file nests components more than ${p.max} levels deep.`,
  'mesh.3mf.item-not-model': (p) =>
    `This 3MF file breaks the 3MF rules: a build item refers to object ${p.object}, of type "${p.type}"; build items may refer only to objects of type "model" (supports and other objects are never cast or priced).`,
  'mesh.3mf.placed-too-large': (p) =>
    `Once its parts are placed, the 3MF has ${formatCount(p.triangles)} triangles; we accept at most ${formatCount(p.max)}.`,
  'mesh.3mf.no-triangles': () => 'The 3MF file contains no triangles.',
  'mesh.xml.doctype': (p) =>
    `"${p.part}" in the 3MF declares a DOCTYPE with entity definitions; 3MF files never need one, and we refuse it for safety.`,
  'mesh.xml.not-well-formed': (p) =>
    damaged3mf(`"${p.part}" is not well-formed XML near line ${formatCount(p.line)} (${p.problem})`),
  'mesh.xml.malformed': (p) =>
    damaged3mf(`"${p.part}" is not well-formed XML near line ${formatCount(p.line)} (${p.problem})`),
  'mesh.xml.too-deep': (p) => damaged3mf(`"${p.part}" nests elements more than ${p.max} deep`),
  'mesh.xml.unreadable': (p) => damaged3mf(`"${p.part}" cannot be read as XML`),
  'mesh.xml.problem.unclosed-tag': (p) => `the element "${p.tag}" is never closed`,
  'mesh.xml.problem.unmatched-closing-tag': (p) => `the closing tag "${p.tag}" has no opening tag`,
  'mesh.xml.problem.stray-closing-tag': () => 'a closing tag does not match the open element',
  'mesh.xml.problem.unexpected-end': () => 'the text ends in the middle of the markup',
  'mesh.xml.problem.no-root': () => 'it has no root element',
  'mesh.xml.problem.more-than-one-root': () => 'it has more than one root element',
  'mesh.xml.problem.text-outside-root': () => 'there is text outside the root element',
  'mesh.xml.problem.attribute-twice': (p) => `an element gives the attribute "${p.name}" twice`,
  'mesh.xml.problem.attribute-without-value': () => 'an attribute has no value',
  'mesh.xml.problem.attribute-unquoted': () => 'an attribute value is not in quotes',
  'mesh.xml.problem.attributes-run-together': () => 'two attributes have no space between them',
  'mesh.xml.problem.processing-instruction': () => 'a processing instruction (<?…?>) is malformed',
  'mesh.xml.problem.declaration': () => 'the XML declaration (<?xml …?>) is wrong or out of place',
  'mesh.xml.problem.entity': () => 'it refers to a character or entity (&…;) that XML does not know',
  'mesh.xml.problem.disallowed-character': () => 'it has a character that XML does not allow there',
  'mesh.xml.problem.comment': () => 'a comment (<!-- … -->) is malformed',
  'mesh.xml.problem.cdata-end': () => 'its text contains "]]>", which XML does not allow',
  'mesh.xml.problem.tag-malformed': () => 'a tag is malformed',
  'mesh.xml.problem.other': (p) => p.text,

  'mesh.zip.too-many-entries': (p) =>
    `The 3MF archive holds ${formatCount(p.count)} files; a 3MF needs only a few, and we accept at most ${formatCount(p.max)}.`,
  'mesh.zip.no-directory': () =>
    'The 3MF file is incomplete: the ZIP archive has no table of contents at its end, as if the upload or export was cut off.',
  'mesh.zip.directory-outside': () => damaged3mf('its table of contents points outside the file'),
  'mesh.zip.name-twice': (p) => damaged3mf(`it contains two files named "${p.name}"`),
  'mesh.zip.zip64-locator-missing': () => damaged3mf('its ZIP64 locator is missing'),
  'mesh.zip.zip64-directory-missing': () => damaged3mf('its ZIP64 table of contents is missing'),
  'mesh.zip.entry-unreadable': () => damaged3mf('an entry of its table of contents is unreadable'),
  'mesh.zip.entry-cut-short': () => damaged3mf('an entry of its table of contents is cut short'),
  'mesh.zip.zip64-sizes-cut-short': (p) => damaged3mf(`the ZIP64 sizes of "${p.name}" are cut short`),
  'mesh.zip.checksum-mismatch': (p) => damaged3mf(`the contents of "${p.name}" do not match its checksum`),
  'mesh.zip.cannot-decompress': (p) => damaged3mf(`"${p.name}" cannot be decompressed`),
  'mesh.zip.header-missing': (p) => damaged3mf(`the header of "${p.name}" is missing`),
  'mesh.zip.entry-cut-off': (p) => `The 3MF file is incomplete: "${p.name}" is cut off.`,
  'mesh.zip.encrypted': (p) => `"${p.name}" in the 3MF archive is encrypted; we cannot read it.`,
  'mesh.zip.method-unsupported': (p) =>
    `"${p.name}" in the 3MF archive uses compression method ${p.method}; we read only stored and deflated files.`,
  'mesh.zip.unsafe-path': (p) =>
    `The 3MF archive contains a file named "${p.name}", which points outside the archive. We refuse such files for safety.`,
  'mesh.zip.symlink': (p) =>
    `The 3MF archive contains a symbolic link ("${p.name}"). A 3MF never needs one, so we refuse it for safety.`,
  'mesh.zip.bomb-entry': (p) =>
    bomb(`"${p.name}" would expand from ${formatBytes(p.from)} to ${formatBytes(p.to)}`),
  'mesh.zip.bomb-declared-total': (p) =>
    bomb(`its files would expand to ${formatBytes(p.total)}, more than the ${formatBytes(p.max)} we accept`),
  'mesh.zip.bomb-total': (p) => bomb(`its files expand to more than the ${formatBytes(p.max)} we accept`),
  'mesh.zip.bomb-ratio': (p) => bomb(`"${p.name}" expands more than ${p.ratio} times`),
};

const FACET_12: MeshMessage = { key: 'mesh.place.stl-facet-vertex', params: { facet: 12, vertex: 3 } };
const VERTEX_IN_PART: MeshMessage = {
  key: 'mesh.place.3mf-vertex',
  params: { vertex: 1204, object: 3, part: '3D/3dmodel.model' },
};

/** Params to say each message with in tests (core's catalogue renders them in every language). */
export const MESH_MESSAGE_EXAMPLES: { [K in MeshMessageKey]: MeshMessageParams[K] } = {
  'mesh.file-empty': {},
  'mesh.unknown-format': {},
  'mesh.file-too-large': { bytes: 734_003_200, maxBytes: 536_870_912 },
  'mesh.no-triangles': {},
  'mesh.nothing-to-preview': {},
  'mesh.unit-unknown': { unit: 'furlong', known: 'micron, millimeter, centimeter, inch, foot, meter' },
  'mesh.indices-not-triangles': { indices: 1_000_001 },
  'mesh.vertex-not-finite': { vertex: 12_345, value: 'Infinity' },
  'mesh.triangle-vertex-missing': { triangle: 12_001, vertex: 5_000_001, vertices: 5_000_000 },
  'mesh.text.damaged': {
    kind: 'STL',
    detail: { key: 'mesh.detail.stl-too-few-vertices', params: { place: FACET_12 } },
    line: 1_206,
  },
  'mesh.text.cut-off': {
    kind: 'OBJ',
    detail: {
      key: 'mesh.detail.number-expected',
      params: { place: { key: 'mesh.place.obj-vertex', params: { vertex: 1_500 } } },
    },
    line: 1_502,
  },
  'mesh.text.not-finite': { kind: 'STL', text: 'nan', place: FACET_12, line: 84 },
  'mesh.detail.word-expected': { place: FACET_12, word: 'endfacet' },
  'mesh.detail.word-expected-found': { place: FACET_12, word: 'outer', found: 'inner' },
  'mesh.detail.number-expected': { place: FACET_12 },
  'mesh.detail.not-a-number': { place: FACET_12, text: '1.2.3' },
  'mesh.detail.stl-solid-first': {},
  'mesh.detail.stl-solid-expected': { found: 'facet' },
  'mesh.detail.stl-facet-expected': { found: 'vertex' },
  'mesh.detail.stl-vertex-expected': { place: FACET_12, found: 'endfacet' },
  'mesh.detail.stl-no-endloop': { place: FACET_12 },
  'mesh.detail.stl-too-few-vertices': { place: FACET_12 },
  'mesh.detail.obj-three-coordinates': { place: { key: 'mesh.place.obj-vertex', params: { vertex: 7 } } },
  'mesh.detail.obj-face-corners': {},
  'mesh.detail.obj-not-vertex-number': { text: 'x/1' },
  'mesh.place.stl-facet': { facet: 12_000 },
  'mesh.place.stl-facet-vertex': { facet: 12_000, vertex: 2 },
  'mesh.place.obj-vertex': { vertex: 1_500 },
  'mesh.place.3mf-vertex': { vertex: 1_204, object: 3, part: '3D/3dmodel.model' },
  'mesh.place.3mf-triangle': { triangle: 2_400, object: 3, part: '3D/3dmodel.model' },
  'mesh.place.3mf-component': { object: 3, part: '3D/3dmodel.model' },
  'mesh.place.3mf-object': { part: '3D/3dmodel.model' },
  'mesh.place.3mf-item': { part: '3D/3dmodel.model' },
  'mesh.place.component': {},
  'mesh.place.build-item': {},
  'mesh.stl.header-missing': { bytes: 40 },
  'mesh.stl.count-absurd': { declared: 4_000_000_000, room: 1_000 },
  'mesh.stl.cut-off': { declared: 100_000, expectedBytes: 5_000_084, bytes: 2_097_152 },
  'mesh.stl.size-mismatch': { declared: 100_000, expectedBytes: 5_000_084, bytes: 6_291_456 },
  'mesh.stl.too-many-triangles': { triangles: 6_000_000, max: 5_000_000 },
  'mesh.stl.more-than-max-triangles': { max: 5_000_000 },
  'mesh.stl.no-triangles': {},
  'mesh.stl.corner-not-finite': { triangle: 1_042, corner: 'Infinity, 0, 1' },
  'mesh.obj.no-faces': {},
  'mesh.obj.vertices-no-faces': { vertices: 2_501 },
  'mesh.obj.vertex-missing': { line: 1_204, vertex: -5, vertices: 3 },
  'mesh.obj.too-many-vertices': { max: 5_000_000 },
  'mesh.obj.too-many-triangles': { max: 5_000_000 },
  'mesh.3mf.part-outside': { path: '../outside.model' },
  'mesh.3mf.start-part-missing': { path: '3D/3dmodel.model' },
  'mesh.3mf.part-missing': { path: '3D/parts/bail.model' },
  'mesh.3mf.no-relationships': {},
  'mesh.3mf.no-start-part': {},
  'mesh.3mf.many-start-parts': { count: 2 },
  'mesh.3mf.start-part-no-target': {},
  'mesh.3mf.start-part-outside': { target: 'http://example.com/model' },
  'mesh.3mf.coordinate-missing': { place: VERTEX_IN_PART, name: 'x' },
  'mesh.3mf.coordinate-not-finite': { value: 'INF', place: VERTEX_IN_PART },
  'mesh.3mf.coordinate-invalid': { place: VERTEX_IN_PART, value: '1,5', name: 'y' },
  'mesh.3mf.index-missing': {
    place: { key: 'mesh.place.3mf-triangle', params: { triangle: 9, object: 3, part: '3D/3dmodel.model' } },
    name: 'v2',
  },
  'mesh.3mf.index-invalid': {
    place: { key: 'mesh.place.3mf-object', params: { part: '3D/3dmodel.model' } },
    value: '-1',
    name: 'id',
  },
  'mesh.3mf.transform-invalid': {
    place: { key: 'mesh.place.3mf-item', params: { part: '3D/3dmodel.model' } },
    text: '1 0 0 1',
  },
  'mesh.3mf.object-twice': { part: '3D/3dmodel.model', object: 3 },
  'mesh.3mf.triangle-vertex-missing': { triangle: 2_400, object: 3, vertex: 1_300, vertices: 1_204 },
  'mesh.3mf.too-many-objects': { max: 100_000 },
  'mesh.3mf.too-many-vertices': { max: 5_000_000 },
  'mesh.3mf.too-many-triangles': { max: 5_000_000 },
  'mesh.3mf.no-build-items': {},
  'mesh.3mf.object-undefined': { place: { key: 'mesh.place.build-item', params: {} }, object: 7 },
  'mesh.3mf.object-undefined-in-part': {
    place: { key: 'mesh.place.component', params: {} },
    object: 7,
    part: '3D/parts/bail.model',
  },
  'mesh.3mf.object-contains-itself': { object: 4 },
  'mesh.3mf.components-too-deep': { max: 16 },
  'mesh.3mf.item-not-model': { object: 5, type: 'support' },
  'mesh.3mf.placed-too-large': { triangles: 12_000_000, max: 5_000_000 },
  'mesh.3mf.no-triangles': {},
  'mesh.xml.doctype': { part: '3D/3dmodel.model' },
  'mesh.xml.not-well-formed': { part: '3D/3dmodel.model', line: 1_204, problem: 'unclosed tag: vertex' },
  'mesh.xml.malformed': {
    part: '3D/3dmodel.model',
    line: 1_204,
    problem: { key: 'mesh.xml.problem.unclosed-tag', params: { tag: 'vertex' } },
  },
  'mesh.xml.too-deep': { part: '3D/3dmodel.model', max: 64 },
  'mesh.xml.unreadable': { part: '3D/3dmodel.model' },
  'mesh.xml.problem.unclosed-tag': { tag: 'vertices' },
  'mesh.xml.problem.unmatched-closing-tag': { tag: 'resource' },
  'mesh.xml.problem.stray-closing-tag': {},
  'mesh.xml.problem.unexpected-end': {},
  'mesh.xml.problem.no-root': {},
  'mesh.xml.problem.more-than-one-root': {},
  'mesh.xml.problem.text-outside-root': {},
  'mesh.xml.problem.attribute-twice': { name: 'x' },
  'mesh.xml.problem.attribute-without-value': {},
  'mesh.xml.problem.attribute-unquoted': {},
  'mesh.xml.problem.attributes-run-together': {},
  'mesh.xml.problem.processing-instruction': {},
  'mesh.xml.problem.declaration': {},
  'mesh.xml.problem.entity': {},
  'mesh.xml.problem.disallowed-character': {},
  'mesh.xml.problem.comment': {},
  'mesh.xml.problem.cdata-end': {},
  'mesh.xml.problem.tag-malformed': {},
  'mesh.xml.problem.other': { text: 'xml prefix must be bound to http://www.w3.org/XML/1998/namespace.' },
  'mesh.zip.too-many-entries': { count: 12_000, max: 1_000 },
  'mesh.zip.no-directory': {},
  'mesh.zip.directory-outside': {},
  'mesh.zip.name-twice': { name: '3D/3dmodel.model' },
  'mesh.zip.zip64-locator-missing': {},
  'mesh.zip.zip64-directory-missing': {},
  'mesh.zip.entry-unreadable': {},
  'mesh.zip.entry-cut-short': {},
  'mesh.zip.zip64-sizes-cut-short': { name: '3D/3dmodel.model' },
  'mesh.zip.checksum-mismatch': { name: '3D/3dmodel.model' },
  'mesh.zip.cannot-decompress': { name: '3D/3dmodel.model' },
  'mesh.zip.header-missing': { name: '3D/3dmodel.model' },
  'mesh.zip.entry-cut-off': { name: '3D/3dmodel.model' },
  'mesh.zip.encrypted': { name: '3D/3dmodel.model' },
  'mesh.zip.method-unsupported': { name: '3D/3dmodel.model', method: 14 },
  'mesh.zip.unsafe-path': { name: '../../etc/passwd' },
  'mesh.zip.symlink': { name: '3D/link.model' },
  'mesh.zip.bomb-entry': { name: '3D/3dmodel.model', from: 1_048_576, to: 2_147_483_648 },
  'mesh.zip.bomb-declared-total': { total: 2_147_483_648, max: 536_870_912 },
  'mesh.zip.bomb-total': { max: 536_870_912 },
  'mesh.zip.bomb-ratio': { name: '3D/3dmodel.model', ratio: 200 },
};

function isMeshMessage(value: unknown): value is MeshMessage {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}

/** A message as a template of `templates` says it, with every message inside it said first. */
export function sayMeshMessage(message: MeshMessage, templates: MeshTemplates = MESH_MESSAGES_EN): string {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [
      name,
      isMeshMessage(value) ? sayMeshMessage(value, templates) : value,
    ]),
  );
  return (templates[message.key] as (params: unknown) => string)(params);
}
