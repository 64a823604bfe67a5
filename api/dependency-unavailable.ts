import { isGrpcServiceError, ServiceError } from '@temporalio/client';
import postgres from 'postgres';

/** Node's codes for a peer that is not there, or went away mid-request. */
const unreachable = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** The postgres client's own codes for a connection it could not make or lost. */
const connectionLost = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);
/** gRPC: UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED (the Temporal server restarting, or shedding load). */
const grpcTransient = new Set([14, 4, 8]);
/** MinIO answers these while it starts, heals or sheds load. */
const archiveBusy = new Set(['SlowDown', 'ServiceUnavailable', 'XMinioServerNotInitialized', 'XMinioReadQuorum', 'XMinioWriteQuorum']);

/**
 * Whether an error means a service hoso depends on (PostgreSQL, Temporal, MinIO) is down or restarting, rather than a
 * fault of hoso's: the caller is told to try again (503), not that the system is broken (500).
 */
export function isDependencyUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = 'code' in current ? current.code : undefined;
    if (typeof code === 'string' && (unreachable.has(code) || connectionLost.has(code) || archiveBusy.has(code))) return true;
    // Class 08: connection exception; 57P01-03: the server is shutting down or starting.
    if (current instanceof postgres.PostgresError && /^(08|57P0[123])/.test(current.code)) return true;
    if (isGrpcServiceError(current) && grpcTransient.has(current.code)) return true;
    if (current instanceof ServiceError && current.cause === undefined && /UNAVAILABLE|DEADLINE_EXCEEDED/.test(current.message)) return true;
  }
  return false;
}
