// Lint config: typescript-eslint's type-aware recommended rules, so `any` cannot slip in at boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.dist-*/', 'coverage/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'eslint.layers.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Imports point down the layers of src/ (eslint.layers.js).
  ...layerConfigs,
  { files: ['eslint.config.js', 'eslint.layers.js'], ...tseslint.configs.disableTypeChecked },
  // The build and the launcher are plain JavaScript (they run before anything is compiled), type-checked by tsc.
  { files: ['scripts/*.mjs', 'scripts/*.cjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    files: ['scripts/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
