import { createServer } from 'node:net';
import type { Runtime } from '@temporalio/worker';
import { DOCUMENT_ISSUE_SECONDS } from '../../activities/documents/issue-document';
import { createLogger } from '../../config/logger';
import { installTemporalRuntime } from '../../worker/temporal-runtime';

/** A port free on the loopback now, for the runtime's exporter (which takes an address, not port 0). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the worker's Temporal runtime", () => {
  const lines: string[] = [];
  let runtime: Runtime;
  let address: string;
  beforeAll(async () => {
    address = `127.0.0.1:${await freePort()}`;
    const logger = createLogger({ name: 'hoso-worker', level: 'info', destination: { write: (line: string) => void lines.push(line) } });
    runtime = installTemporalRuntime({ logger, metricsAddress: address });
  });
  afterAll(async () => {
    await runtime?.shutdown();
  });

  it("serves document issue times beside the SDK's metrics at WORKER_METRICS_ADDRESS, in seconds with their own buckets", async () => {
    // What the documents activity records on the runtime's meter (activities/documents/issue-document.ts).
    runtime.metricMeter.createHistogram(DOCUMENT_ISSUE_SECONDS, 'float', 's').record(0.07, { form: 'bb-01', outcome: 'issued' });
    let text = '';
    for (let attempt = 0; attempt < 50 && !text.includes(DOCUMENT_ISSUE_SECONDS); attempt++) {
      text = await fetch(`http://${address}/metrics`).then((answer) => answer.text(), () => '');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toMatch(/^hoso_document_issue_duration_seconds_bucket\{[^}]*form="bb-01"[^}]*le="0\.05"[^}]*\} 0$/m);
    expect(text).toMatch(/^hoso_document_issue_duration_seconds_bucket\{[^}]*form="bb-01"[^}]*le="0\.1"[^}]*\} 1$/m);
    expect(text).toMatch(/^hoso_document_issue_duration_seconds_count\{[^}]*outcome="issued"[^}]*\} 1$/m);
  });

  it("writes the SDK's log lines into hoso's JSON log", () => {
    runtime.logger.warn('activity failed', { activityType: 'issueDocument', workflowId: 'dossier-1' });
    const line = lines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.msg === 'activity failed');
    expect(line).toMatchObject({ level: 'warn', name: 'hoso-worker', component: 'temporal', activityType: 'issueDocument', workflowId: 'dossier-1' });
  });
});
