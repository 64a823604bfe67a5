import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { planSpine } from '../../scripts/bench/spine';
import { carryDossier, chaosClients, until } from '../../scripts/chaos/dossier-load';
import { dataFilesOf } from '../../scripts/stack/data-files';
import { freePort } from '../../scripts/stack/free-port';
import { childrenOf, type RunningChild } from '../support/process-tree';
import { describeWithStack } from '../support/test-stack';

const root = path.join(__dirname, '..', '..');

/** This process's environment less the settings `npm test` exports for its shared stack, which the scripts would read instead. */
const operatorShell = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(DATABASE|AUDIT|TEMPORAL|MINIO|AUTH|SIGNING)_/.test(name)));

/** The processes `npm start` runs, each told apart by its command line. */
const processes: Record<string, (args: string[]) => boolean> = {
  worker: (args) => args.some((arg) => arg.endsWith('worker/main.ts')),
  api: (args) => args.some((arg) => arg.endsWith('api/main.ts')),
  postgres: ([program = '']) => program.endsWith('/postgres'),
  minio: ([program = '', command]) => program.endsWith('/minio') && command === 'server',
  temporal: (args) => args.includes('start-dev'),
};

async function waitFor(what: string, check: () => boolean | Promise<boolean>, withinMs = 5 * 60_000): Promise<void> {
  for (const deadline = Date.now() + withinMs; !(await check()); await sleep(250)) {
    if (Date.now() > deadline) throw new Error(`${what}: not after ${withinMs / 1000} s`);
  }
}

/** Runs one of hoso's command-line scripts as an operator would, in a shell that sets only the moved stack's settings. */
async function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: { ...operatorShell, ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code: code ?? 1, output };
}

/**
 * Issue 15: `npm start` as a district's single server runs it, on a data folder moved by HOSO_DATA_DIR. Each of its
 * processes is killed with -9 while dossiers are carried through the procedure; each comes back by itself, and the
 * command-line tools serve the moved stack.
 */
describeWithStack('npm start on a moved data folder', () => {
  let work: string;
  let dataDir: string;
  let settings: Record<string, string>;
  let apiUrl: string;
  let start: ChildProcess | undefined;
  let output = '';
  const ready = async () => (await fetch(`${apiUrl}/readyz`).catch(() => undefined))?.ok === true;
  const running = (name: string): RunningChild | undefined => childrenOf(start?.pid ?? 0).find((child) => processes[name]?.(child.args));

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'hoso-npm-start-'));
    dataDir = path.join(work, 'srv', 'hoso');
    const [api, postgres, minio, minioConsole, temporal, temporalUi] = await Promise.all(Array.from({ length: 6 }, () => freePort()));
    apiUrl = `http://127.0.0.1:${api}`;
    settings = {
      HOSO_DATA_DIR: dataDir,
      API_PORT: String(api),
      HOSO_POSTGRES_PORT: String(postgres),
      HOSO_MINIO_PORT: String(minio),
      HOSO_MINIO_CONSOLE_PORT: String(minioConsole),
      HOSO_TEMPORAL_PORT: String(temporal),
      HOSO_TEMPORAL_UI_PORT: String(temporalUi),
    };
    start = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env: { ...operatorShell, ...settings }, stdio: ['ignore', 'pipe', 'pipe'] });
    start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor('npm start says hoso is running', () => {
      if (start?.exitCode !== null) throw new Error(`npm start exited:\n${output.slice(-4000)}`);
      return output.includes('hoso is running.');
    }, 8 * 60_000);
  }, 10 * 60_000);

  afterAll(async () => {
    if (start && start.exitCode === null) {
      const exited = once(start, 'exit');
      start.kill('SIGINT');
      await Promise.race([exited, sleep(90_000)]);
    }
    if (work) await rm(work, { recursive: true, force: true });
  }, 120_000);

  it('says where each process’s log is, and keeps them there', () => {
    const logs = path.join(dataDir, 'logs');
    expect(output).toContain(`Logs          ${logs}/<process>.log, for postgres, minio, temporal, worker, api`);
    for (const name of Object.keys(processes)) expect(existsSync(path.join(logs, `${name}.log`))).toBe(true);
  });

  it.each(Object.keys(processes))('heals a kill -9 of the %s while dossiers are acted on', async (name) => {
    const victim = running(name);
    expect(victim).toBeDefined();
    const client = await chaosClients([apiUrl], dataFilesOf(dataDir));
    const carrying = Promise.all([0, 1].map((index) => carryDossier(client, planSpine(new Date()), index)));
    // Struck while both are under way.
    await waitFor('the first actions answered', () => client.record.answeredWrites.length >= 4);
    process.kill(victim?.pid ?? 0, 'SIGKILL');

    const dossiers = await carrying;
    await waitFor('/readyz answers again', ready);
    expect(output).toContain(`[supervisor] ${name} stopped unexpectedly (exit code 137, SIGKILL); restart`);
    await waitFor(`the ${name} runs again`, () => output.includes(`[supervisor] ${name} runs again`));
    expect(running(name)?.pid).not.toBe(victim?.pid);
    for (const dossierId of dossiers) expect((await until(client, dossierId, (view) => view.step === 'serving', 'the centre')).step).toBe('serving');
  }, 8 * 60_000);

  it('npm run token signs with the moved stack’s key: its token is accepted', async () => {
    const token = await runScript('scripts/token.ts', ['--role', 'commune_police', '--unit', 'DEMO-X01', '--user', 'demo-police-x01'], settings);
    expect(token.code).toBe(0);
    const response = await fetch(`${apiUrl}/api/v1/dossiers`, { headers: { authorization: `Bearer ${token.output.trim()}` } });
    expect(response.status).toBe(200);
  });

  it('npm run audit:anchor and audit:verify check the moved stack’s audit chain', async () => {
    const anchored = await runScript('scripts/audit-anchor.ts', [], settings);
    expect(anchored).toMatchObject({ code: 0, output: expect.stringMatching(/^Anchored seq \d+/) });
    const verified = await runScript('scripts/audit-verify.ts', [], settings);
    expect(verified).toMatchObject({ code: 0, output: expect.stringMatching(/Intact: [1-9]\d* rows, .*; [1-9]\d* anchors agree/) });
  }, 120_000);

  it('npm run backup backs the moved stack up while it runs', async () => {
    const backup = await runScript('scripts/backup.ts', [path.join(work, 'backup'), '--keys', path.join(work, 'keys')], settings);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining(`Backing up the stack of ${dataDir}`) });
  }, 240_000);

  it('stops everything on Ctrl-C, and npm run restore puts the backup back into the moved folder', async () => {
    const children = Object.keys(processes).map(running);
    expect(children.every(Boolean)).toBe(true);
    const exited = once(start as ChildProcess, 'exit');
    start?.kill('SIGINT');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(children.filter((child) => existsSync(`/proc/${child?.pid}`))).toEqual([]);

    const restore = await runScript('scripts/restore.ts', [path.join(work, 'backup'), '--keys', path.join(work, 'keys'), '--replace'], settings);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining(`Restored into ${dataDir}`) });
  }, 240_000);
});
