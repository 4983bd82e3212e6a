import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Modules reach each other only through index.ts (design.md "Layout").
    files: ['src/server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(?!\\.)[^/]+/(?!index$)[^/]+$', message: 'Import another module through its index.ts.' }] }],
    },
  },
  {
    // Features never import one another (design.md "Layout"). dependency-cruiser checks it in
    // `npm test`; this rule says it in the editor, at the import line.
    files: ['src/web/features/**/*.{ts,tsx}'],
    plugins: {
      'web-features': {
        rules: {
          'no-other-feature': {
            meta: { type: 'problem', schema: [], messages: { otherFeature: "A feature never imports another feature ('{{feature}}'): move what both need to src/web/api, components, hooks or lib." } },
            create(context) {
              const own = context.filename.split(/[\\/]/);
              const featuresAt = own.lastIndexOf('features');
              const check = (node) => {
                const source = node.source;
                if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
                const target = own.slice(0, -1);
                for (const part of source.value.split('/')) {
                  if (part === '..') target.pop();
                  else if (part !== '.') target.push(part);
                }
                const inFeatures = target.length > featuresAt + 1 && target.slice(0, featuresAt + 1).join('/') === own.slice(0, featuresAt + 1).join('/');
                if (inFeatures && target[featuresAt + 1] !== own[featuresAt + 1]) context.report({ node: source, messageId: 'otherFeature', data: { feature: target[featuresAt + 1] } });
              };
              return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
            },
          },
        },
      },
    },
    rules: { 'web-features/no-other-feature': 'error' },
  },
);
