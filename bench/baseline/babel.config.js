// Bare Taro as its template sets it up (core-js polyfills on H5), so a ratio to the baseline shows
// what the app's own choices save or cost, its polyfill choice included.
module.exports = (api) => {
  api.cache(true);
  return {
    presets: [
      [
        'taro',
        {
          framework: 'react',
          ts: true,
          compiler: 'webpack5',
          useBuiltIns: process.env.TARO_ENV === 'h5' ? 'usage' : false,
        },
      ],
    ],
  };
};
