import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The dependency direction of DESIGN.md, as lint rules:
// pages → features → ui, services → (transport) → mock; everyone may use domain and regions.
// A feature is used through its index.ts only; domain imports nothing of the app.
const features = ['auth', 'legal', 'relations', 'household', 'money', 'qa', 'shell'];

const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/pages',
      './src/features',
      './src/request',
      './src/ui',
      './src/services',
      './src/regions',
      './mock',
      './src/app.ts',
    ],
    message: 'src/domain 是纯规则，不能依赖应用的其他部分。',
  },
  {
    target: [
      './src/pages',
      './src/features',
      './src/request',
      './src/ui',
      './src/domain',
      './src/regions',
      './src/app.ts',
      './src/services/*.ts',
    ],
    from: './mock',
    message: '只有 src/services/transports 可以调用 mock 后端。',
  },
  {
    target: ['./src/pages', './src/features', './src/ui', './src/regions', './src/domain'],
    from: './src/services/transports',
    message: '只有 src/services 可以使用传输层（transport）。',
  },
  {
    target: ['./src/features', './src/ui', './src/domain', './src/regions', './src/services'],
    from: './src/pages',
    message: '页面位于依赖链的最上层，其他层不能引用页面。',
  },
  {
    target: ['./src/ui', './src/request', './src/domain', './src/regions', './src/services'],
    from: './src/features',
    message: 'src/features 只能被页面和其他 feature（通过 index.ts）使用。',
  },
  {
    target: ['./src/domain', './src/regions', './src/services'],
    from: './src/ui',
    message: 'src/ui 是共享的界面组件，只能被页面和 feature 使用。',
  },
  {
    target: './src/pages',
    from: './src/services',
    message: '页面通过 feature 读写后端，不能直接调用 src/services。',
  },
  {
    target: ['./src/pages', './src/ui', './src/domain', './src/regions', './src/services'],
    from: './src/request',
    message: 'src/request 是 feature 读写后端的方式，页面通过 feature 使用它。',
  },
  {
    target: './src/ui',
    from: ['./src/services', './src/request'],
    message: 'src/ui 只是界面组件：读写后端在 feature 里。',
  },
  ...features.map((feature) => ({
    target: [
      './src/pages',
      './src/app.ts',
      ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
    ],
    from: `./src/features/${feature}`,
    except: ['./index.ts'],
    message: `只能通过 src/features/${feature}/index.ts 使用这个 feature。`,
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/baseline/dist/**',
      '__tests__/e2e/artifacts/**',
      '**/*.js',
      '!eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // A View that acts as a button must work from a desktop keyboard too (issue 16): pressable()
    // gives it a place in the tab order and Enter / Space. A native button needs none of this.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement:has(JSXAttribute[name.name='role'][value.value='button']):has(JSXAttribute[name.name='onClick']):not(:has(JSXSpreadAttribute)):not(:has(JSXAttribute[name.name='tabIndex']))",
          message: 'role="button" 的元素要加上 {...pressable(onPress)}，让键盘（Tab、回车、空格）也能操作。',
        },
      ],
    },
  },
  {
    // Pure rules: no framework, no platform.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tarojs/*', 'react', 'react-dom', 'zustand', '@nutui/*'],
              message: 'src/domain 不能依赖框架或平台。',
            },
            { group: ['@/*', '../*'], message: 'src/domain 只能引用自身（./）和 dayjs。' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pages/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nutui/*'], message: '页面通过 src/ui 使用组件库。' },
            { group: ['**/mock', '**/mock/*'], message: '页面不能直接调用 mock 后端。' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.ts',
      'bench/**/*.{ts,mjs}',
      '__tests__/**/*.{ts,tsx}',
      'config/**/*.ts',
      'mock/server.ts',
    ],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The demo's embedded back end is required inside a build-time branch, so a release drops it.
    files: ['src/services/index.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
