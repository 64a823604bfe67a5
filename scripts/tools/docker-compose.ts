import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';

/**
 * The Docker Compose CLI plugin, built from its Go module where the docker client has
 * no compose plugin, so the docker-compose.yml checks run instead of skipping.
 */
export const COMPOSE_VERSION = 'v2.40.3';
const COMPOSE_MODULE = 'github.com/docker/compose/v2';
// What upstream's Makefile passes, so `docker compose version` reports the real version rather than "dev".
const COMPOSE_LDFLAGS = `-w -X ${COMPOSE_MODULE}/internal.Version=${COMPOSE_VERSION}`;

/**
 * Returns a DOCKER_CONFIG dir whose cli-plugins/docker-compose is our build, or undefined
 * when there is nothing to do (`docker compose` already works, or there is no docker
 * client) or no way to provide it. The compose checks are optional, so this warns, never throws.
 */
export async function ensureDockerCompose(): Promise<string | undefined> {
  const docker = await findOnPath('docker');
  if (!docker) return undefined;
  if (await composeVersion(docker, process.env)) return undefined;

  const configDir = join(await toolsCacheDir(), 'docker-config');
  const installed = join(configDir, 'cli-plugins', 'docker-compose');
  const env = { ...process.env, DOCKER_CONFIG: configDir };
  // A cached build of another version (the pin moved) is rebuilt.
  const isBuilt = async () => (await isExecutable(installed)) && (await composeVersion(docker, env)) === COMPOSE_VERSION.slice(1);
  try {
    if (await isBuilt()) return configDir;
    const go = await findOnPath('go');
    if (!go) {
      console.warn('[tools] docker has no compose plugin and Go is not installed to build one: the compose checks will skip');
      return undefined;
    }
    // The second of two clones starting at once waits for the first's build, then reuses it.
    await withInstallLock('docker-compose', 'building the Docker Compose plugin', async () => {
      if (!(await isBuilt())) await buildCompose(go, configDir, installed);
    });
    const version = await composeVersion(docker, env);
    if (!version) throw new Error(`docker does not run the plugin at ${installed}`);
    return configDir;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`[tools] could not provide the docker compose plugin, so the compose checks will skip: ${reason}`);
    return undefined;
  }
}

/** `docker compose version --short` under `env`, or undefined when compose does not run. */
async function composeVersion(docker: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const lines: string[] = [];
  const result = await run(docker, ['compose', 'version', '--short'], { env, onLine: (line) => lines.push(line) });
  return result.code === 0 ? lines.join('\n').trim() : undefined;
}

async function buildCompose(go: string, configDir: string, installed: string): Promise<void> {
  const module = `${COMPOSE_MODULE}@${COMPOSE_VERSION}`;
  console.error(`[tools] building the Docker Compose plugin from source (${module}) into ${installed}`);
  console.error('[tools] this is a one-time build and takes a few minutes; later runs reuse it');
  const started = Date.now();
  const env = { ...process.env, GOWORK: 'off' };
  const onLine = (line: string) => console.error(`[compose build] ${line}`);

  // `go install module@version` refuses compose: its go.mod has exclude directives. So fetch
  // the module's source into Go's module cache and build it there as the main module.
  const lines: string[] = [];
  const download = await run(go, ['mod', 'download', '-json', module], { env, onLine: (line) => lines.push(line) });
  if (download.code !== 0) throw new Error(`go mod download failed (exit ${String(download.code)}):\n${download.tail}`);
  const text = lines.join('\n'); // stdout's JSON, perhaps among stderr lines such as a toolchain download
  const { Dir: sourceDir } = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as { Dir: string };

  await mkdir(join(configDir, 'cli-plugins'), { recursive: true });
  // Build into a staging dir and rename: an interrupted build never leaves a truncated plugin at the final path.
  const staging = await mkdtemp(join(configDir, '.staging-compose-'));
  try {
    const output = join(staging, 'docker-compose');
    const args = ['-C', sourceDir, 'build', '-trimpath', `-ldflags=${COMPOSE_LDFLAGS}`, '-o', output, './cmd'];
    const result = await run(go, args, { env, onLine });
    if (result.code !== 0) throw new Error(`go build failed (exit ${String(result.code)}):\n${result.tail}`);
    await rename(output, installed);
    console.error(`[tools] Docker Compose built in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
