import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../cluster/web-build';

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${what}: ${command} could not run (${result.error.message})`);
  if (result.status !== 0) {
    throw new Error(`${what} failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  return result.stdout.trim();
}

/** The base made from Debian's packages plus this machine's Node (cached between runs). */
export function buildBaseImage(): string {
  const output = run('bash', [join(ROOT, 'ops', 'image', 'build-base.sh')], 'the base image');
  const name = /base image (\S+)/.exec(output)?.[1];
  if (!name) throw new Error(`build-base.sh named no image:\n${output}`);
  return name;
}

/** `podman build --isolation chroot` of apps/Dockerfile on the given base; its log goes to `logFile`. */
export async function buildAppImage(options: {
  base: string;
  tag: string;
  buildArgs: Record<string, string>;
  logFile: string;
}): Promise<void> {
  const args = [
    'build',
    '--isolation',
    'chroot',
    '--format',
    'docker',
    '--file',
    'apps/Dockerfile',
    '--tag',
    options.tag,
  ];
  for (const [key, value] of Object.entries({ BASE_IMAGE: options.base, ...options.buildArgs })) {
    args.push('--build-arg', `${key}=${value}`);
  }
  args.push('.');
  const log = createWriteStream(options.logFile);
  const child = spawn('podman', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`podman build failed (${code}); see ${options.logFile}`);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export interface ImageFacts {
  sizeBytes: number;
  user: string;
  healthcheck: string[];
  entrypoint: string[];
}

export function inspectImage(tag: string): ImageFacts {
  const [image] = JSON.parse(run('podman', ['image', 'inspect', tag], 'podman image inspect')) as {
    Size: number;
    Config: { User?: string; Entrypoint?: string[] };
    Healthcheck?: { Test?: string[] };
  }[];
  return {
    sizeBytes: image!.Size,
    user: image!.Config.User ?? '',
    healthcheck: image!.Healthcheck?.Test ?? [],
    entrypoint: image!.Config.Entrypoint ?? [],
  };
}

/**
 * A working container of the image (`buildah from`), in which commands run with `buildah run
 * --isolation chroot --network host`: against this machine's services, as the image's user.
 */
export class ImageContainer {
  private readonly children: ChildProcess[] = [];

  private constructor(readonly id: string) {}

  static create(tag: string): ImageContainer {
    return new ImageContainer(run('buildah', ['from', '--pull-never', tag], 'buildah from'));
  }

  private args(env: Record<string, string>, command: string[]): string[] {
    const envArgs = Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]);
    return ['run', '--isolation', 'chroot', '--network', 'host', ...envArgs, this.id, '--', ...command];
  }

  /** Runs a command to its end and returns its output (throws on a non-zero exit). */
  exec(command: string[], env: Record<string, string> = {}): string {
    return run('buildah', this.args(env, command), `buildah run ${command.join(' ')}`);
  }

  /** Exit code of a command, without throwing. */
  status(command: string[], env: Record<string, string> = {}): number | null {
    return spawnSync('buildah', this.args(env, command), { cwd: ROOT }).status;
  }

  /** Starts a long-running command (an app), its output appended to `logFile`. */
  start(command: string[], env: Record<string, string>, logFile: string): ChildProcess {
    const log = createWriteStream(logFile, { flags: 'a' });
    // A process group of its own, so stopping it reaches whatever buildah started inside.
    const child = spawn('buildah', this.args(env, command), {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.children.push(child);
    return child;
  }

  async remove(): Promise<void> {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        signalGroup(child, 'SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        signalGroup(child, 'SIGKILL');
      }
    }
    spawnSync('buildah', ['rm', this.id]);
  }
}
