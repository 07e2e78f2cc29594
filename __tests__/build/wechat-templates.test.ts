/**
 * WeChat's own compilers (wcc / wcsc from the miniprogram-compiler package) on the built dist/weapp:
 * every WXML and WXSS file must compile as WeChat DevTools would compile it, and every page's real
 * first-render data, taken from the boot harness, must render through the compiled templates to the
 * text the harness read from that data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPECTED_TEXTS } from '../../scripts/boot/expectations';
import { bootMiniProgram, type BootReport } from '../../scripts/boot/harness';
import {
  compileStyles,
  compileTemplates,
  renderedText,
  type CompiledStyles,
  type CompiledTemplates,
} from '../../scripts/boot/wechat-compile';
import { BUILD_KINDS, distOf, filesUnder, type BuildKind } from './support/dist';

describe.each(BUILD_KINDS)('the %s WeChat build', (kind: BuildKind) => {
  const WEAPP = distOf('weapp', kind);
  const app = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  const ROUTES = [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((sub) =>
      sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`),
    ),
  ];

  /** The build's files of one kind as the compilers name them: `./pages/x/index.wxml`. */
  function templatesOf(pattern: RegExp): string[] {
    return filesUnder(WEAPP, pattern)
      .map((file) => `./${path.relative(WEAPP, file).split(path.sep).join('/')}`)
      .sort();
  }

  let templates: CompiledTemplates;
  let styles: CompiledStyles;
  let boot: BootReport;

  beforeAll(async () => {
    templates = compileTemplates(WEAPP);
    styles = compileStyles(WEAPP);
    boot = await bootMiniProgram({ distDir: WEAPP, platform: 'weapp', expectations: EXPECTED_TEXTS });
  }, 120_000);

  test('wcc compiles every WXML file of the build', () => {
    expect(templates.files.sort()).toEqual(templatesOf(/\.wxml$/));
    expect(templates.files).toEqual(
      expect.arrayContaining(['./base.wxml', ...ROUTES.map((route) => `./${route}.wxml`)]),
    );
  });

  test('wcc refuses a template that is not well formed, so the check above can fail', () => {
    const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'wcc-broken-'));
    fs.writeFileSync(path.join(broken, 'index.wxml'), '<view><text>{{name}</text>');
    expect(() => compileTemplates(broken)).toThrow(/编译 .wxml 文件错误/);
  });

  test('wcsc compiles the app styles and turns every rpx into px for a 375 px screen', () => {
    // wcsc's debug output keeps each rule's source in `wxcs_…: …;` notes beside the CSS it emits.
    const css = (styles.css.get('./app.wxss') ?? '').replace(/wxcs_[\w-]+\s*:[^;]*;/g, '');
    expect(css.length).toBeGreaterThan(1000);
    expect(css).toMatch(/\.page\b/);
    expect(css).not.toMatch(/\d+rpx/);
  });

  test('wcsc compiles every WXSS file of the build, and none of a page draws a warning', () => {
    const compiled = [...styles.css.keys(), ...styles.imported];
    expect(compiled.sort()).toEqual(templatesOf(/\.wxss$/));
    expect(styles.warnings.filter((warning) => /\.\/pages\//.test(warning))).toEqual([]);
  });

  test.each(ROUTES)('%s renders its first screen through the compiled templates', (route) => {
    const page = boot.pages.find((candidate) => candidate.route === route);
    expect(page?.failures).toEqual([]);
    const { tree, warnings } = templates.render(route, page?.data ?? {});
    expect(warnings).toEqual([]);
    const rendered = renderedText(tree);
    const lines = (page?.text ?? '').split('\n').filter((line) => line.length > 0);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !rendered.includes(line))).toEqual([]);
  });
});
