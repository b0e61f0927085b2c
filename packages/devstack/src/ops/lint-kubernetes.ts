import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { buildKustomization, type K8sObject } from './kustomize';
import { OPS_DIR } from './ops-files';

export const KUBERNETES_DIR = join(OPS_DIR, 'kubernetes');

/** The Kubernetes schemas (kubernetes-models) of every kind the manifests use. */
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

function schemaProblems(object: K8sObject): string[] {
  const Model = MODELS[`${object.apiVersion}/${object.kind}`];
  if (!Model) return [`${object.apiVersion}/${object.kind} is not a kind this check knows`];
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    return [String((error as Error).message)];
  }
}

/** What Facet's own operations need of the rendered manifests, beyond the schemas. */
function shapeProblems(objects: K8sObject[]): string[] {
  const problems: string[] = [];
  const named = (kind: string) => objects.filter((object) => object.kind === kind);
  for (const deployment of named('Deployment')) {
    const name = deployment.metadata.name;
    for (const container of deployment.spec.template.spec.containers) {
      if (!container.readinessProbe || !container.livenessProbe)
        problems.push(`${name}: a container without probes`);
      if (!container.resources?.requests || !container.resources?.limits?.memory) {
        problems.push(`${name}: a container without resource requests and a memory limit`);
      }
    }
    const labels = deployment.spec.template.metadata.labels as Record<string, string>;
    const selects = (object: K8sObject) =>
      Object.entries(object.spec.selector.matchLabels as Record<string, string>).every(
        ([key, value]) => labels[key] === value,
      );
    if (!named('PodDisruptionBudget').some(selects)) problems.push(`${name}: no PodDisruptionBudget`);
  }
  for (const app of ['facet-web', 'facet-worker']) {
    if (!named('HorizontalPodAutoscaler').some((hpa) => hpa.spec.scaleTargetRef.name === app)) {
      problems.push(`${app}: no HorizontalPodAutoscaler`);
    }
  }
  if (!named('Job').some((job) => job.metadata.name === 'facet-migrate')) problems.push('no migration Job');
  const realtime = named('Ingress').find((ingress) =>
    JSON.stringify(ingress.spec).includes('"name":"facet-realtime"'),
  );
  if (
    (realtime?.metadata.annotations as Record<string, string> | undefined)?.[
      'nginx.ingress.kubernetes.io/affinity'
    ] !== 'cookie'
  ) {
    problems.push('the realtime Ingress has no sticky sessions');
  }
  return problems;
}

/** Renders the base and every overlay, and checks each object against its schema. */
export function lintKubernetes(dir = KUBERNETES_DIR): string[] {
  const overlays = readdirSync(join(dir, 'overlays')).map((name) => join('overlays', name));
  return ['base', ...overlays].flatMap((relative) => {
    let objects: K8sObject[];
    try {
      objects = buildKustomization(join(dir, relative));
    } catch (error) {
      return [`kubernetes/${relative}: ${(error as Error).message}`];
    }
    return [
      ...objects.flatMap((object) =>
        schemaProblems(object).map(
          (problem) => `kubernetes/${relative}: ${object.kind} ${object.metadata.name}: ${problem}`,
        ),
      ),
      ...shapeProblems(objects).map((problem) => `kubernetes/${relative}: ${problem}`),
    ];
  });
}
