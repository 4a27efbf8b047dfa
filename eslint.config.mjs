import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'data', 'bench/results.json', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: 'no .only or .skip left behind' }],
    },
  },
  {
    // Scripts node runs as they are (the build).
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly',
        Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
      },
    },
  },
  {
    // Plain CommonJS that a worker thread loads as it is (the SQLite store's worker).
    files: ['src/**/*.js'],
    ignores: ['src/web/public/**'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', setImmediate: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/rules/**', 'src/dialogs/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'wechaty*', 'ioredis', 'better-sqlite3', 'node:*', 'fs', 'http', 'pino', 'prom-client'] }],
      'no-restricted-globals': ['error', { name: 'Date', message: 'the core takes the date as input' }],
    },
  },
);
