import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Validates docker-compose.yml with the Compose CLI itself. `docker compose config`
 * parses, interpolates and checks the file against the Compose spec without
 * talking to a Docker engine, so it runs anywhere the client and its compose
 * plugin are installed; elsewhere the tests skip and say why.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const composeFile = path.join(repoRoot, 'docker-compose.yml');

/** Every variable the file requires (`${VAR:?…}`), as an operator's .env gives them. */
const requiredSettings = {
  API_PUBLIC_URL: 'https://hoso.example.gov.vn',
  TEMPORAL_CODEC_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
  HOSO_DB_PASSWORD: 'db-password-from-the-vault',
  HOSO_DB_APP_PASSWORD: 'db-app-password-from-the-vault',
  AUDIT_ANCHOR_KEY: Buffer.alloc(32, 3).toString('base64'),
  TEMPORAL_DB_PASSWORD: 'temporal-password-from-the-vault',
  MINIO_ROOT_USER: 'minio-root-from-the-vault',
  MINIO_ROOT_PASSWORD: 'minio-root-password-from-the-vault',
  MINIO_KMS_SECRET_KEY: `hoso-archive:${Buffer.alloc(32, 2).toString('base64')}`,
  HOSO_MINIO_SECRET_KEY: 'minio-app-secret-from-the-vault',
  AUTH_JWKS_URL: 'https://sso.example.gov.vn/realms/hoso/protocol/openid-connect/certs',
  AUTH_ISSUER: 'https://sso.example.gov.vn/realms/hoso',
  AUTH_OIDC_CLIENT_ID: 'hoso-console',
  SIGNING_P12_PASSWORD: 'p12-password-from-the-vault',
  HOSO_SIGNING_DIR: '/srv/hoso-signing',
};

function compose(args: string[], env: Record<string, string> = requiredSettings) {
  return spawnSync('docker', ['compose', '-f', composeFile, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
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
  it('requires every secret from the operator, with no default', () => {
    const text = readFileSync(composeFile, 'utf8');
    // `$${…}` is the shell's, inside the one-shot scripts; `${…}` is Compose's.
    const uncommented = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    const variables = [...uncommented.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)([^}]*)\}/g)].map(([, name = '', rest = '']) => ({ name, rest }));
    // An access key is a user name (the app's MinIO user, `hoso-app` by default); its secret key is the secret.
    const secrets = variables.filter(({ name }) => /PASSWORD|SECRET|_KEYS?$|ROOT_USER/.test(name) && !name.endsWith('ACCESS_KEY'));
    expect(new Set(secrets.map(({ name }) => name))).toEqual(
      new Set(['TEMPORAL_CODEC_KEYS', 'HOSO_DB_PASSWORD', 'HOSO_DB_APP_PASSWORD', 'AUDIT_ANCHOR_KEY', 'HOSO_MINIO_SECRET_KEY', 'SIGNING_P12_PASSWORD', 'TEMPORAL_DB_PASSWORD', 'MINIO_ROOT_USER', 'MINIO_ROOT_PASSWORD', 'MINIO_KMS_SECRET_KEY']),
    );
    for (const { name, rest } of secrets) expect({ name, required: rest.startsWith(':?') }).toEqual({ name, required: true });
    expect(text).not.toMatch(/change-me/i);
    expect(Object.keys(requiredSettings).sort()).toEqual([...new Set(variables.filter(({ rest }) => rest.startsWith(':?')).map(({ name }) => name))].sort());
  });

  itWithCompose('stops when a required variable is missing, naming it', () => {
    const { HOSO_DB_PASSWORD: _omitted, ...rest } = requiredSettings;
    const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '-q'], {
      cwd: repoRoot,
      // Nothing of this shell's settings but where docker and its Compose plugin are (scripts/tools puts it in DOCKER_CONFIG).
      env: { PATH: process.env.PATH, ...(process.env.DOCKER_CONFIG ? { DOCKER_CONFIG: process.env.DOCKER_CONFIG } : {}), ...rest },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/HOSO_DB_PASSWORD/);
  });

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
      // The application role, which may only append to the audit trail; the owner's URL is the migrate job's alone.
      expect(service.environment?.DATABASE_APP_URL).toMatch(/^postgres:\/\/hoso_app:[^@]+@postgres:5432\//);
      expect(service.environment?.DATABASE_URL).toBeUndefined();
    }
    expect(services.migrate?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/hoso:[^@]+@postgres:5432\//);
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
