/**
 * The credentials `npm start` and `npm test` give their own PostgreSQL and MinIO. They are public (they are here), so
 * production refuses them (config/production.ts).
 */
export const developmentCredentials = {
  postgresPassword: 'hoso-dev',
  /** MinIO's root user: only the development stack's setup (scripts/stack/minio.ts) connects with it. */
  minioAccessKey: 'hoso-dev',
  minioSecretKey: 'hoso-dev-secret',
  /** The application's own MinIO user, limited by config/minio-app-policy.json: the API and workers connect with it. */
  minioAppAccessKey: 'hoso-app-dev',
  minioAppSecretKey: 'hoso-app-dev-secret',
} as const;
