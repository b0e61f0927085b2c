import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { parse, parseAllDocuments } from 'yaml';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: unknown };
  // biome-ignore lint/suspicious/noExplicitAny: a manifest's body is whatever its kind says
  spec?: any;
  [key: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string> }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { target: { kind?: string; name?: string }; patch: string }[];
}

const SUPPORTED = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'labels',
  'images',
  'replicas',
  'patches',
]);
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'IngressClass',
  'StorageClass',
]);

/** The containers of a workload's pod template (Deployment, StatefulSet, DaemonSet, Job). */
function containersOf(object: K8sObject): { image?: string }[] {
  const pod = object.spec?.template?.spec;
  return pod ? [...(pod.containers ?? []), ...(pod.initContainers ?? [])] : [];
}

function imageName(image: string): string {
  return image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
}

/**
 * `kustomize build` for the subset of kustomization fields Facet's manifests use (resources,
 * namespace, labels, images, replicas, JSON 6902 patches), so `pnpm lint` can check the rendered
 * overlays offline without the kustomize binary. Any other field is refused rather than ignored.
 */
export function buildKustomization(dir: string): K8sObject[] {
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) {
    throw new Error(`${dir}/kustomization.yaml: fields this check cannot render: ${unsupported.join(', ')}`);
  }
  const objects: K8sObject[] = [];
  for (const resource of kustomization.resources ?? []) {
    const path = join(dir, resource);
    if (statSync(path).isDirectory()) {
      objects.push(...buildKustomization(path));
      continue;
    }
    for (const document of parseAllDocuments(readFileSync(path, 'utf8'))) {
      if (document.errors.length > 0) throw new Error(`${path}: ${document.errors[0]!.message}`);
      const object = document.toJS() as K8sObject | null;
      if (object) objects.push(object);
    }
  }

  for (const object of objects) {
    if (kustomization.namespace && !CLUSTER_SCOPED.has(object.kind)) {
      object.metadata.namespace = kustomization.namespace;
    }
    for (const { pairs } of kustomization.labels ?? []) {
      object.metadata.labels = { ...object.metadata.labels, ...pairs };
    }
    for (const container of containersOf(object)) {
      const image = kustomization.images?.find(
        (candidate) => candidate.name === imageName(container.image ?? ''),
      );
      if (image) {
        container.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}`;
      }
    }
    const replicas = kustomization.replicas?.find((candidate) => candidate.name === object.metadata.name);
    if (replicas && object.spec) object.spec.replicas = replicas.count;
  }

  for (const { target, patch } of kustomization.patches ?? []) {
    const operations = parse(patch) as Operation[];
    if (!Array.isArray(operations))
      throw new Error(`${dir}: only JSON 6902 patches (a list of operations) are rendered`);
    const matched = objects.filter(
      (object) =>
        (!target.kind || object.kind === target.kind) &&
        (!target.name || object.metadata.name === target.name),
    );
    if (matched.length === 0) throw new Error(`${dir}: a patch matches nothing (${JSON.stringify(target)})`);
    for (const object of matched) jsonPatch.applyPatch(object, operations, true, true);
  }
  return objects;
}
