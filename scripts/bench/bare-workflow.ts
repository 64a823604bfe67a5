import { allHandlersFinished, condition, defineUpdate, proxyActivities, setHandler } from '@temporalio/workflow';

/**
 * The baseline of `npm run bench -- workflow` (a): what Temporal itself costs for a dossier-shaped workflow,
 * with none of hoso's work. It takes as many Updates as the dossier spine, each awaiting one no-op activity, and
 * ends after the last one. No timers, no queries, no documents, no projection, no search attributes.
 */
export const bareAction = defineUpdate<number, [unknown]>('performAction');

export interface BareActivities {
  noop(request: unknown): Promise<void>;
}

const { noop } = proxyActivities<BareActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1s', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function bareWorkflow(input: { updates: number }): Promise<number> {
  let done = 0;
  setHandler(bareAction, async (request) => {
    await noop(request);
    return ++done;
  });
  await condition(() => done >= input.updates);
  await condition(allHandlersFinished);
  return done;
}
