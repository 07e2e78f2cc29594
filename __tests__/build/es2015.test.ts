/**
 * Mini-program JS runs as it is on the phone: WeChat is told not to transpile (project.config.json
 * es6: false), and iOS runs it in the system's JavaScriptCore, so a `?.` or an `async` left in the
 * output is a white screen on iOS before 13.4. Every emitted JS file must parse as ES2015.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { BUILD_KINDS, MINI_TARGETS, distOf, filesUnder } from './support/dist';

function syntaxErrors(dir: string): string[] {
  return filesUnder(dir, /\.js$/).flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    try {
      parse(source, { ecmaVersion: 2015, sourceType: 'script' });
      return [];
    } catch (error) {
      const { pos, message } = error as SyntaxError & { pos: number };
      return [
        `${path.relative(dir, file)}: ${message} near ${JSON.stringify(source.slice(pos - 30, pos + 10))}`,
      ];
    }
  });
}

const BUILDS = MINI_TARGETS.flatMap((target) => BUILD_KINDS.map((kind) => [target, kind] as const));

test.each(BUILDS)('every JS file of the %s %s build parses as ES2015', (target, kind) => {
  const dir = distOf(target, kind);
  expect(filesUnder(dir, /\.js$/).length).toBeGreaterThan(10);
  expect(syntaxErrors(dir)).toEqual([]);
});

test('the WeChat project file asks for minified code and no transpiling of ours', () => {
  const project = JSON.parse(
    fs.readFileSync(path.join(distOf('weapp', 'release'), 'project.config.json'), 'utf8'),
  ) as {
    setting: Record<string, unknown>;
  };
  expect(project.setting).toMatchObject({ es6: false, minified: true, minifyWXML: true, minifyWXSS: true });
});

test('the WeChat build declares the v2 component style and a sitemap that exists', () => {
  const dir = distOf('weapp', 'release');
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    style?: string;
    sitemapLocation?: string;
  };
  expect(app.style).toBe('v2');
  expect(app.sitemapLocation).toBe('sitemap.json');
  const sitemap = JSON.parse(fs.readFileSync(path.join(dir, 'sitemap.json'), 'utf8')) as {
    rules: { action: string; page: string }[];
  };
  expect(sitemap.rules).toContainEqual({ action: 'disallow', page: '*' });
});
