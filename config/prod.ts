import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {},
  h5: {
    // Hashes in file names let the static server cache forever; the bench reads sizes from dist.
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>;
