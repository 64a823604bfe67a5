import { ServiceError } from '@temporalio/client';
import postgres from 'postgres';
import { isDependencyUnavailable } from '../../api/dependency-unavailable';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('a dependency that is down answers 503, not 500', () => {
  it('recognises PostgreSQL, Temporal and MinIO being unreachable or restarting', () => {
    expect(isDependencyUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDependencyUnavailable(withCode('CONNECTION_CLOSED'))).toBe(true);
    expect(isDependencyUnavailable(new Error('query failed', { cause: withCode('ECONNRESET') }))).toBe(true);
    expect(isDependencyUnavailable(Object.assign(new postgres.PostgresError('the database system is shutting down'), { code: '57P03' }))).toBe(true);
    expect(isDependencyUnavailable(new ServiceError('Failed to start', { cause: Object.assign(new Error('14 UNAVAILABLE: connection refused'), { code: 14, details: '', metadata: {} }) }))).toBe(true);
    expect(isDependencyUnavailable(withCode('XMinioWriteQuorum'))).toBe(true);
  });

  it('leaves hoso’s own faults as they are', () => {
    expect(isDependencyUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDependencyUnavailable(Object.assign(new postgres.PostgresError('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDependencyUnavailable(withCode('NoSuchVersion'))).toBe(false);
    expect(isDependencyUnavailable('not an error')).toBe(false);
  });
});
