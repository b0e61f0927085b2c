import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildKustomization } from './kustomize';
import { COMPOSE_FILE, lintCompose } from './lint-compose';
import { KUBERNETES_DIR, lintKubernetes } from './lint-kubernetes';
import { lintPipelines, WORKFLOWS_DIR, workflowProblems } from './lint-pipeline';

const scratch = mkdtempSync(join(tmpdir(), 'facet-deploy-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function composeVariant(name: string, edit: (source: string) => string): string {
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, edit(readFileSync(COMPOSE_FILE, 'utf8')));
  return file;
}

describe('the compose file check', { timeout: 30_000 }, () => {
  it('passes the shipped compose file', () => {
    expect(lintCompose()).toEqual([]);
  });

  it('refuses a fixed host port on a service with two replicas', () => {
    const file = composeVariant('clash', (source) =>
      source.replace('    command: [web]\n', '    command: [web]\n    ports: ["3000:3000"]\n'),
    );
    expect(lintCompose(file).join('\n')).toMatch(/service web: 2 replicas cannot share the fixed host port/);
  });

  it('refuses what the Compose schema does not allow', () => {
    const file = composeVariant('schema', (source) =>
      source.replace('stop_grace_period: 60s', 'stop_grace_period: [60]'),
    );
    expect(lintCompose(file).length).toBeGreaterThan(0);
  });
});

describe('the Kubernetes check', { timeout: 30_000 }, () => {
  it('renders the base and the example overlay and finds nothing wrong', () => {
    expect(lintKubernetes()).toEqual([]);
    const overlay = buildKustomization(join(KUBERNETES_DIR, 'overlays', 'example'));
    const worker = overlay.find(
      (object) => object.kind === 'Deployment' && object.metadata.name === 'facet-worker',
    );
    expect(worker?.metadata.namespace).toBe('facet-example');
    expect(worker?.spec.replicas).toBe(3);
    expect(worker?.spec.template.spec.containers[0].image).toBe('ghcr.io/example/facet:1.0.0');
    expect(overlay.find((object) => object.kind === 'Ingress')?.spec.rules[0].host).toBe('facet.example.org');
  });

  it('reports a manifest that breaks the schema or loses its probes', () => {
    const copy = join(scratch, 'kubernetes');
    cpSync(KUBERNETES_DIR, copy, { recursive: true });
    const web = join(copy, 'base', 'web.yaml');
    writeFileSync(
      web,
      readFileSync(web, 'utf8')
        .replace('containerPort: 3000', 'containerPort: three-thousand')
        .replace(/ {10}livenessProbe:\n(?: {12}.*\n)+/, ''),
    );
    const problems = lintKubernetes(copy).join('\n');
    expect(problems).toMatch(/Deployment facet-web: .*containerPort must be integer/);
    expect(problems).toMatch(/facet-web: a container without probes/);
  });
});

describe('the pipeline check', { timeout: 30_000 }, () => {
  it('passes the shipped workflows', () => {
    expect(lintPipelines()).toEqual([]);
  });

  it("refuses a workflow GitHub's schema does not allow", () => {
    const source = readFileSync(join(WORKFLOWS_DIR, 'ci.yml'), 'utf8').replace(
      'runs-on: ubuntu-24.04',
      'runs_on: ubuntu-24.04',
    );
    expect(workflowProblems(source).length).toBeGreaterThan(0);
  });
});
