import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { PreloadRouteChunksPlugin } from './preload-home';
import { releaseBaseProblem } from './release';

const pkg = require('../package.json') as { version: string };

// The mock back end lives outside src/ (it is the server's code, not the app's) but the embedded
// transport bundles it, so Taro must compile it too.
const compiledOutsideSrc = [path.resolve(__dirname, '..', 'mock')];
// Packages that ship ES2017+ syntax; mini-programs need them transpiled with the app (babel.config.js).
const LATE_SYNTAX_PACKAGES =
  /node_modules[\\/](preact|react|react-dom|react-reconciler|scheduler|zustand|dayjs|use-sync-external-store|uqr)[\\/]/;

// What the minifier may do beyond Taro's defaults. For the mini-programs those are cautious ones
// from the ES5 days (no inlining, no variable reduction) and write every Chinese character as a
// six-byte \uXXXX escape; both platforms read their JS as UTF-8, so the characters go out as they
// are (three bytes), terser's own defaults apply, and it may write ES2015, the floor the output is
// held to (__tests__/build/es2015.test.ts). On H5 Taro keeps function names and quotes every key,
// which nothing in the app relies on.
const MINI_TERSER = {
  compress: {
    collapse_vars: true,
    comparisons: true,
    computed_props: true,
    hoist_props: true,
    inline: true,
    loops: true,
    negate_iife: true,
    reduce_funcs: true,
    reduce_vars: true,
    switches: true,
    typeofs: true,
    ecma: 2015,
  },
  output: { ascii_only: false, ecma: 2015 },
};
const H5_TERSER = { keep_fnames: false, output: { quote_keys: false, keep_quoted_props: false } };
const TERSER_BY_TARGET: Record<string, object> = { weapp: MINI_TERSER, alipay: MINI_TERSER, h5: H5_TERSER };

// TARO_OUTPUT lets a benchmark or a second build write elsewhere without touching dist/.
const outputRoot = process.env.TARO_OUTPUT ?? `dist/${process.env.TARO_ENV}`;

/** Preact's react-dom with createRoot, for Taro's runtime and the demo's desktop aside. */
function aliasReactDom(chain: {
  resolve: { alias: { set(name: string, target: string): unknown; delete(name: string): unknown } };
}) {
  const alias = chain.resolve.alias;
  // Aliases match in insertion order and Taro's own `react-dom` → preact/compat may already be in:
  // ours go first, then it again.
  alias.delete('react-dom');
  alias.set('react-dom$', path.resolve(__dirname, 'preact-react-dom.js'));
  alias.set('react-dom/client$', require.resolve('preact/compat/client'));
  alias.set('react-dom', 'preact/compat');
}

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const problem = releaseBaseProblem(process.env);
  if (problem) throw new Error(problem);
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'family-mutual-aid',
    date: '2026-11-22',
    // Our styles are drawn at 375, so one px means one design px.
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
    // Preact instead of React: 85 KB less in the WeChat main package (issue 13). Jest keeps React.
    framework: 'preact',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    terser: { enable: true, config: TERSER_BY_TARGET[process.env.TARO_ENV ?? ''] ?? {} },
    cache: { enable: false },
    mini: {
      compile: {
        include: [
          ...compiledOutsideSrc,
          path.resolve(__dirname, 'preact-react-dom.js'),
          (file: string) => LATE_SYNTAX_PACKAGES.test(file),
        ],
      },
      webpackChain: aliasReactDom,
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
      webpackChain(chain) {
        aliasReactDom(chain);
        chain.plugin('preloadHome').use(PreloadRouteChunksPlugin, ['pages/index/index']);
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
