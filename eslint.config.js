// ESLint (flat config): typescript-eslint's recommended rules, and the layer rule of design.md section 1:
// src/core imports no Node, DOM, Office or React module.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'out/**', 'coverage/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*', 'office-*'], message: 'src/core is pure TypeScript: no Node, DOM, Office or React imports.' },
            { group: ['../../cli/*', '../../excel/*', '../../taskpane/*', '../../functions/*', '../cli/*', '../excel/*', '../taskpane/*', '../functions/*'], message: 'src/core must not import outer layers.' },
          ],
        },
      ],
    },
  },
);
