import { faultKinds, oneOfEach } from '../../scripts/chaos/faults';
import { runChaos } from '../../scripts/chaos/run-chaos';

/**
 * `npm run chaos` in small (issue 13 part 8): the production shape on this machine (the Temporal server on
 * PostgreSQL, MinIO over 4 drives, 2 workflow workers, 1 documents worker, 2 API replicas) carries a few dossiers
 * through the procedure while one fault of each kind is injected. The full run is `npm run chaos` (200 dossiers).
 */
describe('the production shape under faults', () => {
  it('carries every dossier to the clean run’s final state, with nothing lost, doubled or inconsistent', async () => {
    const result = await runChaos({ dossiers: 3, cleanDossiers: 1, concurrency: 3, faults: oneOfEach });
    expect(Object.keys(result.faults)).toEqual([...faultKinds]);
    expect(result.faults).toEqual(oneOfEach);
    expect(result.checks).toMatchObject({
      finalStateDiffers: [],
      failedWorkflows: 0,
      notRunning: [],
      duplicateDocuments: 0,
      extraObjectVersions: 0,
      checksumMismatches: [],
      notIntactOnVerify: [],
      projectionDiffers: [],
      auditChainIntact: true,
      writesWithoutAudit: [],
    });
    // Something was checked: each dossier's documents, and every write the clients were answered.
    expect(result.checks.documents).toBeGreaterThanOrEqual(3 * 6);
    expect(result.checks.writesAnswered).toBeGreaterThanOrEqual(3 * 13);
    expect(result.ok).toBe(true);
  }, 20 * 60_000);
});
