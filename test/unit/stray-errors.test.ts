import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { appendAudit } from '../../store/audit-log';
import type { Sql } from 'postgres';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');

describe('no stray error stops a process', () => {
  it('logs a rejection nothing handled and an exception thrown from a callback, and keeps running', async () => {
    const script = `
      const { surviveStrayErrors } = require('./config/stray-errors');
      surviveStrayErrors('probe');
      Promise.reject(new Error('rejected-on-purpose'));
      setTimeout(() => { throw new Error('thrown-on-purpose'); }, 10);
      setTimeout(() => console.log('still running'), 100);
    `;
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', '--input-type=commonjs', '--eval', script], { cwd: root });
    expect(stdout).toContain('still running');
    // The process's JSON log (config/logger.ts): one line per event, with the error that escaped.
    const logged = `${stdout}${stderr}`
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; err?: { message?: string } });
    expect(logged).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/^STRAY-ERROR probe: a promise was rejected/), err: expect.objectContaining({ message: 'rejected-on-purpose' }) }));
    expect(logged).toContainEqual(expect.objectContaining({ msg: expect.stringMatching(/^STRAY-ERROR probe: uncaughtException escaped/), err: expect.objectContaining({ message: 'thrown-on-purpose' }) }));
  });

  it('an audit entry the audit refuses rejects the append; it never throws into the caller', async () => {
    const sql = {} as Sql; // never reached: the entry is refused before any query
    const append = () => appendAudit(sql, { requestId: '', userId: null, role: null, unitCode: null, action: 'x', outcome: 'ok', dossierId: '{not-an-id}' });
    let appended: Promise<unknown> | undefined;
    expect(() => (appended = append())).not.toThrow();
    await expect(appended).rejects.toThrow('Mã hồ sơ không hợp lệ');
  });
});
