// Entry of `npm start`, `npm test`, `npm run test:dates`, `npm run bench`, `npm run chaos`, `npm run backup` and `npm run restore`: plain Node, so it runs before dependencies exist.
// Installs them when missing or stale, then hands over to the TypeScript script of the command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const scripts = { start: 'scripts/start.ts', test: 'scripts/test.ts', 'test-dates': 'scripts/test-dates.ts', bench: 'scripts/bench.ts', chaos: 'scripts/chaos.ts',
  backup: 'scripts/backup.ts', restore: 'scripts/restore.ts' };

if (!scripts[command]) {
  console.error(`unknown command ${command}; expected one of ${Object.keys(scripts).join(', ')}`);
  process.exit(2);
}

const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  // `npm install`, not `npm ci`: the registry mirror here serves only this platform's optional packages, so the
  // lock file cannot list the others and `npm ci` would refuse it (docs/decisions/0001-foundation.md).
  console.log('Installing dependencies (npm install) …');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (npm.status !== 0) {
    console.error('npm install failed: check that the npm registry is reachable.');
    process.exit(npm.status ?? 1);
  }
}

const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), scripts[command], ...args], {
  cwd: root,
  stdio: 'inherit',
});
// The child gets Ctrl-C from the terminal itself; forwarding SIGTERM covers non-interactive stops.
process.on('SIGTERM', () => child.kill('SIGTERM'));
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
