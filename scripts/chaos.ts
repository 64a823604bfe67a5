/**
 * `npm run chaos [-- --dossiers N --clean N --concurrency N]`: hoso in production's shape on this machine (the
 * Temporal server on PostgreSQL, MinIO on 4 drives, 2 workflow workers, 1 documents worker, 2 API replicas) carries
 * dossiers through the procedure while processes are killed and services restarted (scripts/chaos/faults.ts), then
 * checks nothing was lost, doubled or left inconsistent. Prints a table, then one JSON object as its last line.
 */
import { parseCountOptions } from './bench/hoso-under-bench';
import { formatTable, printFigures, round, UsageError } from './bench/util';
import { fullFaults } from './chaos/faults';
import { runChaos } from './chaos/run-chaos';

const progress = (message: string) => process.stderr.write(`[chaos] ${message}\n`);

async function main(): Promise<number> {
  let options: Record<'dossiers' | 'clean' | 'concurrency', number>;
  try {
    options = parseCountOptions(process.argv.slice(2), { dossiers: 200, clean: 10, concurrency: 8 });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\nusage: npm run chaos -- [--dossiers N (200)] [--clean N (10)] [--concurrency N (8)]`);
    return 2;
  }
  const result = await runChaos({ dossiers: options.dossiers, cleanDossiers: options.clean, concurrency: options.concurrency, faults: fullFaults, progress });
  const { checks } = result;
  console.log(formatTable(['fault injected', 'times'], Object.entries(result.faults)));
  console.log();
  console.log(formatTable(['client retry', 'times'], Object.entries(result.retries)));
  console.log();
  console.log(
    formatTable(
      ['run', 'dossiers', 'seconds', 'dossiers/min'],
      [
        ['clean (no faults)', result.clean.dossiers, round(result.clean.seconds, 1), round(result.clean.dossiersPerMinute, 1)],
        ['under faults', result.dossiers, round(result.chaos.seconds, 1), round(result.chaos.dossiersPerMinute, 1)],
      ],
    ),
  );
  console.log();
  const verdict = (ok: boolean, found: string) => [ok ? 'holds' : 'FAILS', found];
  console.log(
    formatTable(
      ['assertion', 'result', 'found'],
      [
        ['every dossier reaches the clean run’s final state', ...verdict(checks.finalStateDiffers.length === 0, `${checks.finalStateDiffers.length} differ`)],
        ['no workflow Failed; every dossier still running', ...verdict(checks.failedWorkflows === 0 && checks.notRunning.length === 0, `${checks.failedWorkflows} failed, ${checks.notRunning.length} not running`)],
        ['no duplicate documents', ...verdict(checks.duplicateDocuments === 0 && checks.extraObjectVersions === 0, `${checks.duplicateDocuments} rows, ${checks.extraObjectVersions} object versions`)],
        ['each SHA-256 matches its object; /verify says intact', ...verdict(checks.checksumMismatches.length === 0 && checks.notIntactOnVerify.length === 0, `${checks.documents} documents, ${checks.checksumMismatches.length} mismatched, ${checks.notIntactOnVerify.length} not intact`)],
        ['the projection equals each workflow’s state', ...verdict(checks.projectionDiffers.length === 0, `${checks.projectionDiffers.length} differ`)],
        ['the audit chain verifies', ...verdict(checks.auditChainIntact, `${checks.auditRows} rows`)],
        ['every answered write has its audit row', ...verdict(checks.writesWithoutAudit.length === 0, `${checks.writesAnswered} answered, ${checks.writesWithoutAudit.length} missing`)],
      ],
    ),
  );
  for (const [what, found] of [
    ['final state differs', checks.finalStateDiffers],
    ['projection differs', checks.projectionDiffers],
    ['not intact on /verify', checks.notIntactOnVerify],
  ] as const) {
    for (const entry of found.slice(0, 10)) console.log(`${what}: ${entry}`);
  }
  if (result.logs) console.log(`\nlogs: ${result.logs}`);
  printFigures({
    ok: result.ok,
    dossiers: result.dossiers,
    faults: result.faults,
    retries: result.retries,
    requests: result.requests,
    cleanSeconds: result.clean.seconds,
    chaosSeconds: result.chaos.seconds,
    settleSeconds: result.chaos.settleSeconds,
    throughputRatioUnderFaults: result.chaos.dossiersPerMinute / result.clean.dossiersPerMinute,
    checks: { ...checks, finalStateDiffers: checks.finalStateDiffers.length, notRunning: checks.notRunning.length, checksumMismatches: checks.checksumMismatches.length, notIntactOnVerify: checks.notIntactOnVerify.length, projectionDiffers: checks.projectionDiffers.length, writesWithoutAudit: checks.writesWithoutAudit.length },
  });
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    printFigures({ ok: false, error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
