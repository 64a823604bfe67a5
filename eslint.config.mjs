import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'coverage/**', 'web/dist/**', 'web/public/sw.js', '.tmp/**', '**/*.mjs', 'jest.config.js'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Workflow code is replayed: it must be deterministic (ARCHITECTURE.md "Workflows stay deterministic and thin").
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'zod'].map((name) => ({ name, message: 'Not allowed in workflow code: workflows must be deterministic.' })),
          patterns: [{ group: ['**/schemas/*', '../activities/*'], message: 'Workflows use activities type-only and never zod schemas.', allowTypeImports: true }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Date.now() is not allowed in workflows; use workflow time.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Math.random() is not allowed in workflows.' },
      ],
    },
  },
  {
    // The law is pure: no I/O in domain/.
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'domain/ is pure: no I/O.' })) }],
    },
  },
);
