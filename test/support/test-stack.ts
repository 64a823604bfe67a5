/** Integration tests run only under `npm test`, which starts the real services and exports their addresses. */
export const hasTestStack = process.env.HOSO_TEST_STACK === '1';

/** `describe` for tests that need the real services: skipped when jest runs without them. */
export const describeWithStack = hasTestStack ? describe : describe.skip;
