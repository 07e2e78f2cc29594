// Taro builds use babel-preset-taro; jest (NODE_ENV=test) compiles for the running Node instead.
// Mini-program logic runs in the phone's system JavaScriptCore on iOS, and WeChat does not transpile
// it for us (project.config.json es6: false), so it must parse on iOS 10. On Android (5 and later) it
// runs in the V8 / X5 engine the WeChat and Alipay apps bring (Chromium 53 or later), not the system
// WebView, so Android 5's own browser does not set the floor: targeting it would add 28 KB of ES5
// class and generator helpers to the main package for no phone that runs them.
const MINI_TARGETS = ['ios >= 10', 'chrome >= 53'];

module.exports = (api) => {
  const isTest = api.env('test');
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    };
  }
  const isMini = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'alipay';
  const taro = require('babel-preset-taro')(api, {
    framework: 'preact',
    ts: true,
    compiler: 'webpack5',
    // No core-js: every browser of package.json's browserslist has what the app uses, and
    // polyfills cost 13 KB gzip of the H5 first load (issue 13).
    useBuiltIns: false,
    ...(isMini ? { targets: MINI_TARGETS } : {}),
  });
  // preset-env's `bugfixes` (Babel 8's default): where iOS 10 to 16 parse destructuring, default
  // parameters or let/const but get a corner of them wrong, it rewrites only that corner instead of
  // the whole feature into ES5 helpers (6 KB of the WeChat main package). babel-preset-taro does not
  // pass the option on, so it is set on the preset-env it configures.
  const presetEnv = require('@babel/preset-env');
  const envOptions = taro.overrides
    .flatMap((override) => override.presets ?? [])
    .filter((preset) => Array.isArray(preset) && preset[0] === presetEnv)
    .map((preset) => preset[1]);
  if (envOptions.length === 0) throw new Error('babel-preset-taro no longer configures @babel/preset-env');
  for (const options of envOptions) options.bugfixes = true;
  return taro;
};
