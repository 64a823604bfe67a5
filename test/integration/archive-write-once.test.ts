import { randomUUID } from 'node:crypto';
import { text } from 'node:stream/consumers';
import type { Client } from 'minio';
import { connectMinio } from '../../config/connect';
import { developmentCredentials } from '../../config/development-credentials';
import { parseEnv } from '../../config/env';
import { ensureBucket } from '../../scripts/stack/minio';
import { describeWithStack } from '../support/test-stack';

const publicReadPolicy = (bucket: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`] }],
  });

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** The names of the objects under `prefix`, or the ids of their versions. */
async function listed(client: Client, bucket: string, prefix: string, what: 'names' | 'versions'): Promise<unknown[]> {
  const found: unknown[] = [];
  for await (const item of client.listObjects(bucket, prefix, true, what === 'versions' ? { IncludeVersion: true } : {})) {
    // The typings of a listed item leave out the version id it carries.
    found.push(what === 'names' ? item.name : 'versionId' in item ? item.versionId : undefined);
  }
  return found;
}

/** Issue 13: signed documents are evidence; the credentials the API and workers hold cannot undo the archive. */
describeWithStack('the archive is write-once and least-privileged', () => {
  const env = parseEnv(process.env);
  const bucket = env.MINIO_BUCKET;
  // The application's credentials, as the API and workers get them from the development stack.
  const app = connectMinio(env);
  const rootCredentials = { MINIO_ACCESS_KEY: developmentCredentials.minioAccessKey, MINIO_SECRET_KEY: developmentCredentials.minioSecretKey };
  const root = connectMinio({ ...env, ...rootCredentials });
  const key = `archive-tests/${randomUUID()}.pdf`;
  let first: string;

  beforeAll(async () => {
    first = (await app.putObject(bucket, key, Buffer.from('first revision'))).versionId ?? '';
    expect(first).not.toBe('');
  });

  it('runs the application with its own credentials, not the root user', () => {
    expect(env.MINIO_ACCESS_KEY).toBe(developmentCredentials.minioAppAccessKey);
  });

  it('lets the application archive a new version, read every version and list them', async () => {
    const second = (await app.putObject(bucket, key, Buffer.from('second revision'))).versionId;
    expect(await text(await app.getObject(bucket, key))).toBe('second revision');
    expect(await text(await app.getObject(bucket, key, { versionId: first }))).toBe('first revision');
    expect(await listed(app, bucket, 'archive-tests/', 'names')).toContain(key);
    expect(await listed(app, bucket, key, 'versions')).toEqual(expect.arrayContaining([first, second]));
  });

  it('encrypts every object at rest with the server key (SSE-S3)', async () => {
    const stat = await app.statObject(bucket, key, { versionId: first });
    expect(stat.metaData['x-amz-server-side-encryption']).toBe('AES256');
  });

  it('locks every version from its upload for the configured retention', async () => {
    expect(await root.getObjectLockConfig(bucket)).toMatchObject({ objectLockEnabled: 'Enabled' });
    const retention = await root.getObjectRetention(bucket, key, { versionId: first });
    expect(new Date(retention?.retainUntilDate ?? 0).getTime()).toBeGreaterThan(Date.now());
  });

  describe('refuses the application every attempt to undo it', () => {
    it.each<[string, () => Promise<unknown>]>([
      ['delete a version, even bypassing governance', () => app.removeObject(bucket, key, { versionId: first, governanceBypass: true })],
      ['hide the object behind a delete marker', () => app.removeObject(bucket, key)],
      ['shorten a retention', () => app.putObjectRetention(bucket, key, { versionId: first, mode: 'GOVERNANCE', retainUntilDate: inAnHour(), governanceBypass: true })],
      // async: the typings pick the callback overload's void; without a callback the client returns a promise.
      ['lower the default retention', async () => app.setObjectLockConfig(bucket, { mode: 'GOVERNANCE', unit: 'Days', validity: 1 })],
      ['suspend versioning', () => app.setBucketVersioning(bucket, { Status: 'Suspended' })],
      ['make the bucket public', () => app.setBucketPolicy(bucket, publicReadPolicy(bucket))],
      ['turn encryption at rest off', () => app.removeBucketEncryption(bucket)],
      ['delete the bucket', () => app.removeBucket(bucket)],
    ])('%s', async (_attempt, attempt) => {
      await expect(attempt()).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(await text(await app.getObject(bucket, key, { versionId: first }))).toBe('first revision');
    });
  });

  // Production's mode, proven on a bucket of its own: its object stays for a day in this test run's throw-away MinIO.
  it('in compliance mode refuses even the root user to delete a version or shorten its retention', async () => {
    const url = new URL(env.MINIO_ENDPOINT);
    const rootConnection = { endPoint: url.hostname, port: Number(url.port), useSSL: false, accessKey: rootCredentials.MINIO_ACCESS_KEY, secretKey: rootCredentials.MINIO_SECRET_KEY };
    const proof = `archive-compliance-${randomUUID().slice(0, 8)}`;
    await ensureBucket(rootConnection, proof, { ARCHIVE_RETENTION_MODE: 'COMPLIANCE', ARCHIVE_RETENTION: { validity: 1, unit: 'Days' } });
    const versionId = (await root.putObject(proof, 'evidence.pdf', Buffer.from('evidence'))).versionId ?? '';
    expect(await root.getObjectRetention(proof, 'evidence.pdf', { versionId })).toMatchObject({ mode: 'COMPLIANCE' });
    await expect(root.removeObject(proof, 'evidence.pdf', { versionId, governanceBypass: true })).rejects.toMatchObject({ code: 'InvalidRequest' });
    await expect(
      root.putObjectRetention(proof, 'evidence.pdf', { versionId, mode: 'COMPLIANCE', retainUntilDate: inAnHour(), governanceBypass: true }),
    ).rejects.toMatchObject({ code: 'InvalidRequest' });
    expect(await text(await root.getObject(proof, 'evidence.pdf', { versionId }))).toBe('evidence');
  });
});
