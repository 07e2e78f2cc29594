/**
 * What each build must hand to its IDE or server (issue 2): the WeChat and Alipay project files,
 * app.json with the tab pages, and the H5 entry. `npm test` runs this after the three builds.
 */
import fs from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '..', '..', 'dist');
const TAB_PAGES = ['pages/index/index', 'pages/services/index', 'pages/mine/index'];

function readJson(file: string): { pages: string[]; tabBar?: { list?: { pagePath: string }[] } } {
  return JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8'));
}

test('the WeChat build has app.json, its project file and a script for every tab page', () => {
  const app = readJson('weapp/app.json');
  expect(fs.existsSync(path.join(DIST, 'weapp', 'project.config.json'))).toBe(true);
  expect(app.tabBar?.list?.map((tab) => tab.pagePath)).toEqual(TAB_PAGES);
  for (const page of TAB_PAGES) expect(fs.existsSync(path.join(DIST, 'weapp', `${page}.js`))).toBe(true);
});

test('the Alipay build has app.json and mini.project.json', () => {
  expect(readJson('alipay/app.json').pages).toEqual(expect.arrayContaining(TAB_PAGES));
  expect(fs.existsSync(path.join(DIST, 'alipay', 'mini.project.json'))).toBe(true);
});

test('the H5 build has an index.html that loads its scripts', () => {
  const html = fs.readFileSync(path.join(DIST, 'h5', 'index.html'), 'utf8');
  expect(html).toMatch(/<script[^>]+src="\.\/js\/app\.[0-9a-f]+\.js"/);
});
