import { join } from 'node:path';
import { DCLinter } from 'dclint';
import { ROOT } from '../cluster/web-build';
import { readYaml } from './ops-files';

export const COMPOSE_FILE = join(ROOT, 'apps', 'compose.yaml');

/** dclint's Compose schema validation and its correctness rules; its ordering and quoting style is not ours. */
const DCLINT_CONFIG = {
  rules: {
    'service-keys-order': 0,
    'services-alphabetical-order': 0,
    'top-level-properties-order': 0,
    'require-quotes-in-ports': 0,
  },
  quiet: true,
  debug: false,
  exclude: [],
};

interface ComposeService {
  ports?: (string | { published?: string | number })[];
  deploy?: { replicas?: number };
}

/** A service run more than once cannot publish one fixed host port: the second copy would not start. */
function replicaPortClashes(file: string): string[] {
  const services = readYaml<{ services: Record<string, ComposeService> }>(file).services;
  return Object.entries(services).flatMap(([name, service]) => {
    if ((service.deploy?.replicas ?? 1) < 2) return [];
    const fixed = (service.ports ?? []).filter((port) =>
      typeof port === 'string' ? /^(?:[\d.]+:)?\d+:\d+/.test(port) : port.published !== undefined,
    );
    return fixed.length > 0
      ? [
          `service ${name}: ${service.deploy?.replicas} replicas cannot share the fixed host port ${JSON.stringify(fixed[0])}`,
        ]
      : [];
  });
}

export function lintCompose(file = COMPOSE_FILE): string[] {
  const linter = new DCLinter(DCLINT_CONFIG as never);
  const results = linter.lintFiles([file], false);
  const problems = results.flatMap((result) =>
    result.messages
      .filter((message) => message.type === 'error')
      .map((message) => `${message.line}:${message.column} ${message.message} (${message.rule})`),
  );
  return [...problems, ...replicaPortClashes(file)].map((problem) => `apps/compose.yaml: ${problem}`);
}
