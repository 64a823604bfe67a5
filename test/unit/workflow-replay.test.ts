import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { temporalDataConverter } from '../../config/connect';
import { quietTemporalLogs } from '../support/quiet-temporal-logs';

const fixtures = path.join(__dirname, '..', 'fixtures', 'histories');
const histories = readdirSync(fixtures).filter((file) => file.endsWith('.json'));
/**
 * The keys that encrypted the recorded histories (test keys only: they never held real data). Histories recorded
 * before payloads were encrypted pass through the codec unchanged.
 */
const codecKeys = path.join(__dirname, '..', 'fixtures', 'codec-keys.json');

/**
 * Histories of real runs (exported with `temporal workflow show --output json`) replayed through today's workflow
 * code: a change that would break dossiers already in flight fails here. Such a change needs `patched()`.
 */
describe('replaying recorded dossier histories', () => {
  beforeAll(() => quietTemporalLogs());

  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThan(0);
  });

  it.each(histories)('replays %s without non-determinism', async (file) => {
    // Plain JSON: the worker converts it with its own protobuf classes.
    const history: unknown = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8'));
    const dataConverter = await temporalDataConverter({ TEMPORAL_CODEC_KEY_FILE: codecKeys });
    await expect(
      Worker.runReplayHistory({ workflowsPath: require.resolve('../../workflows'), dataConverter }, history, file),
    ).resolves.toBeUndefined();
  });
});
