/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // @swc/jest reads .swcrc (TypeScript in, CommonJS ES2022 out).
  transform: { '^.+\\.ts$': '@swc/jest' },
  // Integration tests start workers that bundle workflow code; allow them time.
  testTimeout: 60_000,
};
