// ESLint over the plugin's TypeScript and the tests (npm run lint, which npm
// test runs): the recommended rules of ESLint and typescript-eslint.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/node_modules/**', '**/dist/**'] },
  {
    files: ['tools/src/**/*.ts', 'tools/scripts/**/*.ts', 'test/**/*.ts', 'test/**/*.mts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },
  {
    // The test helpers written as plain Node ES modules.
    files: ['test/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
      },
    },
  },
  {
    rules: {
      // Control characters in patterns are the point where we use them: ANSI
      // colour sequences in Nx's and QEMU's output, the characters a C string
      // literal must escape (config/header.ts).
      'no-control-regex': 'off',
    },
  },
);
