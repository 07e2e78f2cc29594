import type { Compiler } from 'webpack';

interface HtmlTag {
  tagName: string;
  voidTag: boolean;
  meta: Record<string, string>;
  attributes: Record<string, string>;
}

interface HtmlHooks {
  alterAssetTagGroups: {
    tap(name: string, callback: (data: { headTags: HtmlTag[] }) => { headTags: HtmlTag[] }): void;
  };
}

/**
 * H5: the router fetches the first page's chunks only after the app's script has run, one more
 * round trip on a slow link before anything paints. This lists the home route's chunks in
 * index.html as <link rel="preload">, so they download beside the app's script (issue 13).
 */
export class PreloadRouteChunksPlugin {
  constructor(private readonly route: string) {}

  apply(compiler: Compiler): void {
    // The html-webpack-plugin instance Taro's runner uses: its hooks are per instance.
    const runner = require.resolve('@tarojs/webpack5-runner');
    const HtmlWebpackPlugin = require(require.resolve('html-webpack-plugin', { paths: [runner] })) as {
      getHooks(compilation: unknown): HtmlHooks;
    };
    const publicPath =
      typeof compiler.options.output.publicPath === 'string' ? compiler.options.output.publicPath : '';
    compiler.hooks.compilation.tap('PreloadRouteChunksPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadRouteChunksPlugin', (data) => {
        const initial = new Set(
          [...compilation.entrypoints.values()].flatMap((entry) =>
            entry.chunks.flatMap((chunk) => [...chunk.files]),
          ),
        );
        const files = compilation.chunkGroups
          .filter((group) => group.origins.some((origin) => origin.request?.endsWith(this.route)))
          .flatMap((group) => group.chunks.flatMap((chunk) => [...chunk.files]))
          .filter((file) => /\.(js|css)$/.test(file) && !initial.has(file));
        const tags = [...new Set(files)].map((file) => ({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: 'PreloadRouteChunksPlugin' },
          attributes: {
            rel: 'preload',
            as: file.endsWith('.css') ? 'style' : 'script',
            href: `${publicPath}${file}`,
          },
        }));
        data.headTags.push(...tags);
        return data;
      });
    });
  }
}
