import path from 'node:path';
import { defineConfig } from '@tarojs/cli';
import { createSwcRegister } from '@tarojs/helper';

/**
 * The bare-Taro baseline is built with the app's own build config (same Taro, compiler, mini and
 * h5 options), minus what names the app's files: only the source differs, so a ratio to this
 * build is what our code costs on top of what Taro itself costs.
 */
const appConfigDir = path.resolve(__dirname, '..', '..', '..', 'config');

// Taro compiles TypeScript only inside this project's config/ when it loads it; the app's config
// lives outside, so compile that folder too (this one stays in the list).
createSwcRegister({ only: [(file: string) => file.startsWith(appConfigDir) || file.startsWith(__dirname)] });
const appConfig = (require(path.join(appConfigDir, 'index.ts')) as typeof import('../../../config')).default;

export default defineConfig<'webpack5'>(async (merge, env) => {
  const config = await (typeof appConfig === 'function' ? appConfig(merge, env) : appConfig);
  // The app's own levers are not part of bare Taro: Preact (and its react-dom alias) and the H5
  // preload of the home chunks. The baseline stays on React, as Taro's template sets it up.
  return {
    ...config,
    projectName: 'taro-baseline',
    framework: 'react',
    alias: {},
    copy: { patterns: [], options: {} },
    mini: { ...config.mini, webpackChain: undefined },
    h5: { ...config.h5, webpackChain: undefined },
  };
});
