// The hub's lint rules (npm run lint; part of npm test). Typed rules read each package's tsconfig.json through
// typescript-eslint's project service, on the TypeScript 6 API installed beside the TypeScript 7 compiler
// (root package.json: `typescript` is @typescript/typescript6, `tsc` comes from @typescript/native).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const DIST_IMPORT = '^@chung-tay/[^/]+/dist(/|$)';
// The same in esquery's regex syntax, which allows no slash: `.` stands for it.
const DIST_SELECTOR = '/^@chung-tay.[a-z0-9-]+.dist(.|$)/';
const DIST_MESSAGE =
  "imports another package's build output; import what the package exports (its entry or a subpath in its package.json exports)";
const ENV_MESSAGE =
  "configuration is read in the package's env.ts (one parsed, typed object); import it from there";

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/.data/**',
      '**/.turbo/**',
      '.node/**',
      'test-artifacts/**',
    ],
  },
  {
    // Configuration files (jest's): no types to check, but they too load other packages only through their exports.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression > Literal.arguments[value=${DIST_SELECTOR}]`,
          message: DIST_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      // import-x reads the files an import leads to (for cycles) only with these extensions and this parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.cjs', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc already refuses unused names (noUnusedLocals, noUnusedParameters in tsconfig.json), with `_` for the
      // ones left out of a destructuring on purpose.
      '@typescript-eslint/no-unused-vars': 'off',
      // Left off for the 76 `any`s there are today (most in tests' GraphQL answers); new code types its values.
      '@typescript-eslint/no-explicit-any': 'off',
      // A `let` read in a closure before its one assignment (a server's handler set once the server listens).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // A cycle makes load order matter (an import is undefined while its module is still loading) and couples
      // files that should be changed apart. Other packages are built first, so only a package's own files count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // A promise nobody awaits loses its error (an unhandled rejection stops the process) and its ordering.
      // Await it, return it, or `void` it with a comment saying why it may run on its own.
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: DIST_IMPORT, message: DIST_MESSAGE }],
          paths: [
            { name: 'process', importNames: ['env'], message: ENV_MESSAGE },
            { name: 'node:process', importNames: ['env'], message: ENV_MESSAGE },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: ENV_MESSAGE }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation',
          message:
            '`as never` switches type checking off for the value; give it its real type (or narrow it with a check)',
        },
        {
          selector: 'TSTypeAssertion > TSNeverKeyword.typeAnnotation',
          message:
            '`<never>` switches type checking off for the value; give it its real type (or narrow it with a check)',
        },
        {
          selector: `ImportExpression > Literal.source[value=${DIST_SELECTOR}]`,
          message: DIST_MESSAGE,
        },
        {
          selector: `CallExpression[callee.name='require'] > Literal.arguments[value=${DIST_SELECTOR}]`,
          message: DIST_MESSAGE,
        },
      ],
    },
  },
  {
    // Each package reads its configuration in one place.
    files: ['**/src/env.ts'],
    rules: {
      'no-restricted-properties': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: DIST_IMPORT, message: DIST_MESSAGE }] },
      ],
    },
  },
);
