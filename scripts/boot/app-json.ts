import fs from 'node:fs';
import path from 'node:path';
import { isRecord } from './values';

/** The parts of a built app.json (and of page / component .json files) the harness reads. */
export interface PageEntry {
  route: string;
  /** Root of the subpackage the page lives in; null for the main package. */
  subpackage: string | null;
}

export interface AppManifest {
  pages: PageEntry[];
  tabRoutes: Set<string>;
  usingComponents: Record<string, string>;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

export function usingComponentsOf(json: unknown): Record<string, string> {
  const using = isRecord(json) ? json.usingComponents : undefined;
  if (!isRecord(using)) return {};
  return Object.fromEntries(
    Object.entries(using).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export function readAppManifest(distDir: string): AppManifest {
  const json = readJson(path.join(distDir, 'app.json'));
  if (!isRecord(json)) throw new Error('app.json is not an object');
  const pages: PageEntry[] = strings(json.pages).map((route) => ({ route, subpackage: null }));
  // WeChat spells it subPackages or subpackages; Alipay subPackages.
  const subpackages = [json.subPackages, json.subpackages].flatMap((list) =>
    Array.isArray(list) ? list : [],
  );
  for (const sub of subpackages) {
    if (!isRecord(sub) || typeof sub.root !== 'string') continue;
    const root = sub.root.replace(/\/+$/, '');
    pages.push(...strings(sub.pages).map((page) => ({ route: `${root}/${page}`, subpackage: root })));
  }
  // WeChat: tabBar.list[].pagePath; Alipay: tabBar.items[].pagePath.
  const tabBar = isRecord(json.tabBar) ? json.tabBar : {};
  const tabs = [tabBar.list, tabBar.items].flatMap((list) => (Array.isArray(list) ? list : []));
  const tabRoutes = new Set(
    tabs.flatMap((tab) =>
      isRecord(tab) && typeof tab.pagePath === 'string' ? [tab.pagePath.replace(/^\//, '')] : [],
    ),
  );
  return { pages, tabRoutes, usingComponents: usingComponentsOf(json) };
}
