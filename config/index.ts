import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const pkg = require('../package.json') as { version: string };

// The mock back end lives outside src/ (it is the server's code, not the app's) but the embedded
// transport bundles it, so Taro must compile it too.
const compiledOutsideSrc = [path.resolve(__dirname, '..', 'mock')];
// Packages that ship ES2017+ syntax; mini-programs need them transpiled with the app (babel.config.js).
const LATE_SYNTAX_PACKAGES =
  /node_modules[\\/](react|react-dom|react-reconciler|scheduler|zustand|dayjs|use-sync-external-store)[\\/]/;

// TARO_OUTPUT lets a benchmark or a second build write elsewhere without touching dist/.
const outputRoot = process.env.TARO_OUTPUT ?? `dist/${process.env.TARO_ENV}`;

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'family-mutual-aid',
    date: '2026-11-22',
    // NutUI React Taro is drawn at 375; our own styles too, so one px means one design px.
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot,
    plugins: ['@tarojs/plugin-platform-alipay'],
    defineConstants: {},
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    env: {
      TARO_APP_VERSION: JSON.stringify(pkg.version),
    },
    // WeChat reads sitemap.json beside app.json (app.config.ts names it); the other targets have none.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: [...compiledOutsideSrc, (file: string) => LATE_SYNTAX_PACKAGES.test(file)] },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: compiledOutsideSrc },
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (mode === 'development' || process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
