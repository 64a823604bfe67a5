import { randomUUID } from 'node:crypto';
import { WorkflowUpdateRPCTimeoutOrCancelledError, WorkflowUpdateStage, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';

/** Update calls the server let time out (the worker was too busy to take them in time) and that were sent again. */
export const updateRetries = { count: 0 };

const ATTEMPTS = 20;

async function retrying<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) || attempt >= ATTEMPTS) throw error;
      updateRetries.count++;
    }
  }
}

/**
 * Sends an Update and waits for `stage`. Under load the server may answer "deadline exceeded" before the worker has
 * taken the Update in; it is then sent again with the same id, which the server deduplicates (what a client of the
 * API would do on a timeout).
 */
export async function sendUpdate<Ret, Arg>(
  handle: WorkflowHandle,
  definition: UpdateDefinition<Ret, [Arg]>,
  arg: Arg,
  stage: typeof WorkflowUpdateStage.ACCEPTED | typeof WorkflowUpdateStage.COMPLETED = WorkflowUpdateStage.COMPLETED,
): Promise<Ret | undefined> {
  const updateId = randomUUID();
  const update = await retrying(() => handle.startUpdate(definition, { args: [arg], updateId, waitForStage: WorkflowUpdateStage.ACCEPTED }));
  if (stage === WorkflowUpdateStage.ACCEPTED) return undefined;
  // Each call polls the server for the outcome afresh.
  return retrying(() => update.result());
}
