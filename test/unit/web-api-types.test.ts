import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

describe("the console's API types", () => {
  // In a child process: openapi-typescript is an ES module that jest's CommonJS runtime cannot load.
  it('are generated from the OpenAPI document the API serves now (else: npm run web:api-types)', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/web/api-types.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
