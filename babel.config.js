// Taro builds use babel-preset-taro; jest (NODE_ENV=test) compiles for the running Node instead.
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
  return {
    presets: [
      [
        'taro',
        {
          framework: 'preact',
          ts: true,
          compiler: 'webpack5',
          // No core-js: every browser of package.json's browserslist has what the app uses, and
          // polyfills cost 13 KB gzip of the H5 first load (issue 13).
          useBuiltIns: false,
        },
      ],
    ],
  };
};
