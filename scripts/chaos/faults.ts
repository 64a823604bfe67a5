import { rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppProcess } from './app-process';
import type { ProductionShape } from './production-shape';

export const faultKinds = [
  'kill -9 a workflow worker',
  'kill -9 the documents worker',
  'kill -9 an API replica',
  'restart PostgreSQL',
  'restart MinIO',
  'restart the Temporal server',
  'remove a MinIO drive',
] as const;
export type FaultKind = (typeof faultKinds)[number];

/** How many of each the full run injects (issue 13); the small run in `npm test` injects one of each. */
export const fullFaults: Record<FaultKind, number> = {
  'kill -9 a workflow worker': 20,
  'kill -9 the documents worker': 10,
  'kill -9 an API replica': 5,
  'restart PostgreSQL': 3,
  'restart MinIO': 3,
  'restart the Temporal server': 2,
  'remove a MinIO drive': 1,
};
export const oneOfEach = Object.fromEntries(faultKinds.map((kind) => [kind, 1])) as Record<FaultKind, number>;

/**
 * The faults in the order they are injected: spread so that each kind recurs through the whole run, rather than all
 * the kills first. Deterministic, so two runs inject the same sequence.
 */
export function faultSchedule(counts: Record<FaultKind, number>): FaultKind[] {
  const spots = faultKinds.flatMap((kind) => Array.from({ length: counts[kind] }, (_, index) => ({ kind, at: (index + 0.5) / counts[kind] })));
  return spots.sort((a, b) => a.at - b.at || faultKinds.indexOf(a.kind) - faultKinds.indexOf(b.kind)).map((spot) => spot.kind);
}

/** A process killed with -9 comes back after this long, as an orchestrator restarts a container. */
const RESTART_AFTER_MS = 1_000;

/** Injects one fault and waits until its target runs again (a removed drive stays removed: MinIO must do without it). */
export async function inject(shape: ProductionShape, kind: FaultKind, occurrence: number): Promise<void> {
  const killAndRestart = async (process: AppProcess) => {
    await process.kill();
    await sleep(RESTART_AFTER_MS);
    await process.start();
  };
  switch (kind) {
    case 'kill -9 a workflow worker':
      return killAndRestart(inTurn(shape.workflowWorkers, occurrence));
    case 'kill -9 the documents worker':
      return killAndRestart(shape.documentsWorker);
    case 'kill -9 an API replica':
      return killAndRestart(inTurn(shape.apis, occurrence));
    case 'restart PostgreSQL':
      return shape.stack.restart('postgres');
    case 'restart MinIO':
      return shape.stack.restart('minio');
    case 'restart the Temporal server':
      return shape.stack.restart('temporal');
    case 'remove a MinIO drive': {
      const drive = shape.stack.minioDrives.at(-1) as string;
      // Gone at once, as a failed disk is (moved aside first: MinIO may be writing into it); MinIO serves from the
      // other three, and heals onto the empty drive it finds there later, as onto a replaced disk.
      const removed = `${drive}.removed`;
      await rename(drive, removed);
      await rm(removed, { recursive: true, force: true, maxRetries: 5 });
      return;
    }
  }
}

/** Replicas take the faults in turn. */
function inTurn<Replica>(replicas: readonly Replica[], occurrence: number): Replica {
  const replica = replicas[occurrence % replicas.length];
  if (replica === undefined) throw new Error('no replica to inject the fault into');
  return replica;
}
