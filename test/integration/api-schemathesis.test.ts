import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureSchemathesis } from '../../scripts/tools/schemathesis';
import { openThroughApi } from '../support/api-dossiers';
import { describeWithStack, startHoso, type Hoso } from '../support/hoso-harness';


/**
 * Every check of schemathesis but these three:
 * - positive_data_acceptance expects every schema-valid request to succeed, but much that the schema allows is
 *   refused by design: a date like 2026-02-30 (422) or a cursor that is not ours (400), an action the dossier's step
 *   does not allow (409), a unit that does not exist (404).
 * - unsupported_method and allow_header_conformance expect 405 with `Allow` for a method a path does not
 *   declare; Express answers 404 for any route it does not have, which the document does not contradict.
 */
const EXCLUDED_CHECKS = 'positive_data_acceptance,unsupported_method,allow_header_conformance';

describeWithStack('the API answers within its OpenAPI document (schemathesis)', () => {
  let hoso: Hoso;
  let dir: string;
  let config: string;
  beforeAll(async () => {
    hoso = await startHoso();
    dir = await mkdtemp(path.join(tmpdir(), 'hoso-schemathesis-'));
    // Real dossiers (eight of DEMO-X01, four of DEMO-X02) and units, so that most requests reach past the 404. The
    // actions schemathesis takes are spread over a dozen: each workflow's history stays the size of a real dossier's.
    const dossierIds: string[] = [];
    for (const as of [...Array<string>(8).fill('demo-police-x01'), ...Array<string>(4).fill('demo-police-x02')]) {
      const opened = await openThroughApi(hoso, { as });
      if (opened.status !== 201) throw new Error(`could not open a dossier: ${JSON.stringify(opened.body)}`);
      dossierIds.push((opened.body as { dossierId: string }).dossierId);
    }
    config = path.join(dir, 'schemathesis.toml');
    await writeFile(
      config,
      [
        '[dictionaries]',
        `dossiers = { values = ${JSON.stringify(dossierIds)} }`,
        'units = { values = ["DEMO-T01", "DEMO-X01", "DEMO-X02"] }',
        '[parameters]',
        '"path.id" = { dictionary = "dossiers", probability = 0.8 }',
        '"path.unitCode" = { dictionary = "units", probability = 0.5 }',
        '"query.unit" = { dictionary = "units", probability = 0.5 }',
      ].join('\n'),
    );
  }, 120_000);
  afterAll(async () => {
    await hoso?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // Each run covers part of the document, so that each ends well within its test's time on a busy 2-core machine.
  it.each([
    ['commune police, who act on dossiers', 'demo-police-x01', '--include-path-regex'],
    ['commune police, who open, search and read dossiers', 'demo-police-x01', '--exclude-path-regex'],
    ['a supervisor, who may take no action', 'demo-supervisor-t01', '--include-path-regex'],
    ['a supervisor, who reads lists, overdue steps and statistics', 'demo-supervisor-t01', '--exclude-path-regex'],
  ])('answers %s with no server error and nothing the document does not declare', async (_, userId, actions) => {
    const st = await ensureSchemathesis();
    const result = await runSchemathesis(st.command, [
      ...st.args,
      '--config-file', config,
      'run', `${hoso.baseUrl}/api/openapi.json`,
      actions, '/actions/',
      '--header', `Authorization: Bearer ${await hoso.tokenOf(userId)}`,
      '--checks', 'all',
      '--exclude-checks', EXCLUDED_CHECKS,
      '--max-examples', '25',
      '--seed', '20260901',
      // An action waits for its Update and its projection: on a machine busy with the rest of the suite that can pass
      // 10 s, and a request abandoned mid-Update is still running when the harness stops.
      '--request-timeout', '30',
      '--generation-database', 'none',
      '--no-color',
    ], dir);
    // On failure the message is schemathesis' report: each failure with a curl line to reproduce it.
    if (result.exitCode !== 0) throw new Error(`schemathesis exited with ${String(result.exitCode)}:\n${result.output.slice(-12_000)}`);
  }, 300_000);
});

/** Runs schemathesis to its end or for 270 s at most; its exit code and all it printed. */
function runSchemathesis(command: string, args: string[], cwd: string): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve) => {
    // In the test's own directory: schemathesis writes its state (.schemathesis/) where it runs.
    execFile(command, args, { cwd, timeout: 270_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ exitCode, output: `${stdout}${stderr}` });
    });
  });
}
