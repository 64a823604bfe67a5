import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces go into an encoded payload, so that the codec encrypts them too: an error can
 * quote the data it failed on. Loaded inside the workflow sandbox as well (DataConverter.failureConverterPath).
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
