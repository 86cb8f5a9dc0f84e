// One lint configuration for every package (each runs `eslint .` from its own folder). Beyond the
// recommended rules it keeps the house's shape: process.env is read only in an app's env.ts, no
// relative path reaches into another package, and packages never import the apps.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ACROSS_PACKAGES = '^(\\.\\./)+(packages|apps|shared)/';
const relativeAcross = { regex: ACROSS_PACKAGES, message: 'Import another package by its name and subpath (@gongkai/…), never by a relative path.' };
const restrictImports = (...patterns) => ['error', { patterns: [relativeAcross, ...patterns] }];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/.turbo/**',
      '**/dist/**',
      '**/test-artifacts/**',
      '**/generated.ts',
      '**/generated/**',
      '**/next-env.d.ts',
      '**/__fixtures__/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      'no-restricted-imports': restrictImports(),
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read the environment only in the app’s env.ts.' },
        {
          selector: 'Literal[value=/(^|\\/)\\.\\.\\/(\\.\\.\\/)*(packages|apps)\\//]',
          message: 'Reach another package through its exports, not a relative file path.',
        },
      ],
    },
  },
  {
    // Where the environment is the point: env.ts itself, tests and benchmarks that start child processes
    // or read CI / BENCH_* knobs, build scripts and the start script.
    files: ['**/env.ts', '**/*.test.ts', '**/*.test.tsx', '**/e2e/**', '**/bench/**', '**/scripts/**', 'apps/web/next.config.ts', 'next.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read untyped JSON (GraphQL responses, parsed files) and say so.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Packages are shared by the apps and never depend on them.
    files: ['packages/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports({ regex: '^@gongkai/(api|web)(/|$)', message: 'A package never imports an app.' }) },
  },
  {
    // The contract imports nothing of ours; the parser only the contract (and the samples in its tests).
    files: ['packages/schema/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports({ regex: '^@gongkai/', message: '@gongkai/schema imports nothing of ours.' }) },
  },
  {
    files: ['packages/parser/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: { 'no-restricted-imports': restrictImports({ regex: '^@gongkai/(?!schema/)', message: 'The parser depends on @gongkai/schema only.' }) },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  prettier,
);
