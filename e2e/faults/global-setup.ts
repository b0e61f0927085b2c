import { buildWeb, CLUSTER_DIST_DIR, hasWebBuild } from '@facet/devstack/cluster/web-build';

/** One production build of the web app for every cluster the fault tests start. */
export default function setup() {
  if (process.env.FAULTS_REUSE_BUILD === '1' && hasWebBuild(CLUSTER_DIST_DIR)) return;
  buildWeb(CLUSTER_DIST_DIR);
}
