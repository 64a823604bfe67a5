import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Validates docker-compose.yml with the Compose CLI itself. `docker compose config`
 * parses, interpolates and checks the file against the Compose spec without
 * talking to a Docker engine, so it runs anywhere the client and its compose
 * plugin are installed; elsewhere the tests skip and say why.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const composeFile = path.join(repoRoot, 'docker-compose.yml');

function compose(args: string[]) {
  return spawnSync('docker', ['compose', '-f', composeFile, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** Why the compose checks cannot run here, or null when they can. */
function composeUnavailable(): string | null {
  const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8', timeout: 15_000 });
  if (probe.error) {
    return `the docker client is not installed (${probe.error.message})`;
  }
  if (probe.status !== 0) {
    const said = `${probe.stderr}${probe.stdout}`.trim().split('\n')[0] ?? '';
    return `the docker compose plugin is not installed (docker compose version: ${said})`;
  }
  return null;
}

const unavailable = composeUnavailable();
if (unavailable) {
  console.warn(`Skipping docker-compose.yml validation: ${unavailable}`);
}
const itWithCompose = unavailable ? it.skip : it;

type ComposeService = {
  image?: string;
  build?: unknown;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] };
  environment?: Record<string, string | null>;
};

describe('docker-compose.yml', () => {
  itWithCompose('is a valid Compose file (docker compose config -q exits 0)', () => {
    const result = compose(['config', '-q']);
    if (result.status !== 0) {
      throw new Error(`docker compose config -q exited ${result.status}:\n${result.stderr}${result.stdout}`);
    }
    expect(result.status).toBe(0);
  });

  itWithCompose('has the production shape hoso relies on', () => {
    const result = compose(['config', '--format', 'json']);
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as { services: Record<string, ComposeService> };
    const services = config.services;

    for (const name of ['postgres', 'temporal-postgres', 'temporal', 'temporal-ui', 'minio', 'api', 'worker']) {
      expect(services[name]).toBeDefined();
    }
    // Every image is pinned to a tag or digest, never `latest`.
    for (const [name, service] of Object.entries(services)) {
      if (service.build) continue;
      expect({ name, image: service.image }).toEqual({ name, image: expect.stringMatching(/[:@]/) });
      expect(service.image).not.toMatch(/:latest$/);
    }

    const api = services.api!;
    const worker = services.worker!;
    expect(api.command).toEqual(['./node_modules/.bin/tsx', 'api/main.ts']);
    expect(worker.command).toEqual(['./node_modules/.bin/tsx', 'worker/main.ts']);
    expect(api.healthcheck?.test?.join(' ')).toContain('/healthz');
    for (const service of [api, worker]) {
      expect(service.build).toBeDefined();
      expect(service.depends_on).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        'temporal-init': { condition: 'service_completed_successfully' },
        'minio-init': { condition: 'service_completed_successfully' },
      });
      expect(service.environment).toMatchObject({
        API_PORT: '3000',
        TEMPORAL_ADDRESS: 'temporal:7233',
        MINIO_ENDPOINT: 'http://minio:9000',
      });
      expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    }
    expect(services.migrate?.command).toEqual(['./node_modules/.bin/tsx', 'scripts/migrate.ts']);
    expect(services.temporal?.depends_on).toMatchObject({
      'temporal-schema': { condition: 'service_completed_successfully' },
    });
  });

  itWithCompose('registers every custom search attribute the workflows set', () => {
    const result = compose(['config', '--format', 'json']);
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as { configs: Record<string, { content?: string }> };
    const script = config.configs['temporal-init-script']?.content ?? '';
    for (const attribute of ['HosoRegime:Keyword', 'HosoStep:Keyword', 'HosoOverdue:Bool', 'HosoUnit:Keyword']) {
      expect(script).toContain(attribute);
    }
  });
});
