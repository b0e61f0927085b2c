/**
 * `pnpm lint`'s check of what deploys Facet, offline: the compose file against the Compose schema,
 * the Kubernetes base and overlays rendered and checked against the Kubernetes schemas, and the CI
 * pipeline against GitHub's workflow schema.
 */
import { lintCompose } from './lint-compose';
import { lintKubernetes } from './lint-kubernetes';
import { lintPipelines } from './lint-pipeline';

const checks = { compose: lintCompose, kubernetes: lintKubernetes, pipeline: lintPipelines };
let failed = false;
for (const [name, check] of Object.entries(checks)) {
  const problems = check();
  console.log(`deploy lint: ${name} ${problems.length === 0 ? 'ok' : `${problems.length} problems`}`);
  for (const problem of problems) console.error(`  ${problem}`);
  failed ||= problems.length > 0;
}
process.exit(failed ? 1 : 0);
