// Two projects: code that never touches Taro (domain, regions, mock, lint rules, boot harness) runs
// in Node; everything that goes through Taro (pages, components, stores, services) runs in jsdom
// with Taro's real H5 runtime and components, so a test finds what a person would see in H5.
const taroFolders = ['pages', 'components', 'store', 'services', 'request', 'platform'];
const shared = {
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    // The CommonJS twin of lodash-es saves transforming hundreds of files.
    '^lodash-es$': 'lodash',
    '^lodash-es/(.*)$': 'lodash/$1',
  },
  transform: { '^.+\\.(mjs|[jt]sx?)$': 'babel-jest' },
  // Taro and Stencil (and what they bundle) ship ES modules; the rest of node_modules is CommonJS.
  transformIgnorePatterns: [
    '^(?!.*/node_modules/(@tarojs|@stencil|@swc/helpers|query-string|decode-uri-component|filter-obj|split-on-first|nanoid|swiper|ssr-window|dom7)/).*/node_modules/',
  ],
  setupFiles: ['<rootDir>/__tests__/support/setup-env.js'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/__tests__/e2e/',
        '<rootDir>/__tests__/build/',
        ...taroFolders.map((folder) => `<rootDir>/__tests__/${folder}/`),
      ],
    },
    {
      // Checks of what the builds contain; npm test runs them after building.
      ...shared,
      displayName: 'build',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/build/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'taro',
      testEnvironment: 'jsdom',
      testMatch: taroFolders.map((folder) => `<rootDir>/__tests__/${folder}/**/*.test.{ts,tsx}`),
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/'],
      moduleNameMapper: {
        // First: the first pattern that matches wins, and '@/ui/X.scss' matches the '@/' one too.
        '\\.(css|scss)$': '<rootDir>/__tests__/support/style-stub.js',
        ...shared.moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/__tests__/support/taro-shim.js',
        '^@tarojs/components$': '<rootDir>/node_modules/@tarojs/components/lib/react/index.js',
      },
      setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup-dom.ts'],
    },
  ],
  // Every core: two workers on the 2-core CI machine instead of jest's default of one.
  maxWorkers: '100%',
  // `npm test` reports coverage of the pure rules, which must stay exhaustively tested.
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { './src/domain/': { branches: 95 } },
};
