import { join } from 'node:path';
import { developmentCredentials } from '../../config/development-credentials';
import { readOrCreateSecretFile } from '../../config/secret-file';
import { ensureMc } from '../tools/minio';
import { ensureAppUser } from './minio';

export interface ArchiveReader {
  accessKey: string;
  secretKey: string;
}

const READER = 'hoso-reader';

/**
 * A MinIO user who may only list and read the archive: the one `npm start` offers for the MinIO console, so that a
 * newcomer can look at the archived documents without the keys that write them (the application's) or could remove
 * them (the root user's). Made, or brought up to date, at every start; its password is made once and kept in the
 * data folder.
 */
export async function ensureArchiveReader({ endpoint, bucket, dataDir }: { endpoint: string; bucket: string; dataDir: string }): Promise<ArchiveReader> {
  const url = new URL(endpoint);
  const root = {
    endPoint: url.hostname,
    port: Number(url.port),
    useSSL: url.protocol === 'https:',
    accessKey: developmentCredentials.minioAccessKey,
    secretKey: developmentCredentials.minioSecretKey,
  };
  const reader = { accessKey: READER, secretKey: await readOrCreateSecretFile(join(dataDir, 'minio-reader', 'password')) };
  await ensureAppUser(root, await ensureMc(), bucket, reader, { name: READER, file: join(__dirname, 'minio-archive-reader-policy.json') });
  return reader;
}
