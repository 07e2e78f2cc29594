import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { isRecord } from './values';

/**
 * WeChat's own template and style compilers (`wcc` / `wcsc`, the Linux builds in the
 * miniprogram-compiler package) run on a built dist/weapp: what WeChat DevTools would refuse to
 * compile fails here, and a page's real setData data can be rendered through its compiled WXML the
 * way the WeChat view layer does, without the IDE.
 */
interface MiniprogramCompiler {
  wxmlToJs(root: string, options: { wxmlList: string[]; wxsList: string[]; maxBuffer: number }): string;
}

// The package is CommonJS without types; its WXML function is all this module uses of its JS.
const compiler = require('miniprogram-compiler') as MiniprogramCompiler;

const MAX_OUTPUT = 64 * 1024 * 1024;

function filesUnder(dir: string, extension: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}

/** `./pages/x/index.wxss` as the compilers name files: relative to the root, forward slashes. */
function listed(distDir: string, extension: string): string[] {
  return filesUnder(distDir, extension).map(
    (file) => `./${path.relative(distDir, file).split(path.sep).join('/')}`,
  );
}

/** A node of the tree the compiled WXML returns: what the view layer would turn into elements. */
export interface RenderedNode {
  tag: string;
  attr: Record<string, unknown>;
  children: (RenderedNode | string)[];
}

export interface Rendering {
  tree: RenderedNode;
  /** What the templates' runtime logged while rendering, e.g. "Template `x` not found". */
  warnings: string[];
}

export interface CompiledTemplates {
  files: string[];
  render(route: string, data: Record<string, unknown>): Rendering;
}

/** Compiles every WXML and WXS file of the build with wcc; throws with wcc's message if it refuses. */
export function compileTemplates(distDir: string): CompiledTemplates {
  const files = listed(distDir, '.wxml');
  const source = compiler.wxmlToJs(distDir, {
    wxmlList: files,
    wxsList: listed(distDir, '.wxs'),
    maxBuffer: MAX_OUTPUT,
  });
  const logged: string[] = [];
  const log = (...parts: unknown[]) => logged.push(parts.map(String).join(' '));
  const sandbox = vm.createContext({ window: {}, console: { log, info: log, warn: log, error: log } });
  const gwx = vm.runInContext(`(function (global) {${source}})`, sandbox) as (global: object) => unknown;
  const lookup = gwx({}) as (file: string) => unknown;
  const parseInSandbox = vm.runInContext('JSON.parse', sandbox) as (json: string) => unknown;
  return {
    files,
    render(route, data) {
      logged.length = 0;
      const generate = lookup(`./${route}.wxml`);
      if (typeof generate !== 'function') throw new Error(`wcc compiled no template for ${route}.wxml`);
      // The templates' runtime copies data only when it was made in its own realm (`constructor ===
      // Object`), and WXS functions read that copy: data from outside would reach them as undefined.
      const ownRealmData = parseInSandbox(JSON.stringify(data)) as object;
      const tree = (generate as (data: object, env: object, scope: object) => unknown)(ownRealmData, {}, {});
      if (!isRecord(tree)) throw new Error(`${route}.wxml rendered nothing`);
      return { tree: tree as unknown as RenderedNode, warnings: [...logged] };
    },
  };
}

export interface CompiledStyles {
  /** Each WXSS file WeChat loads (app and pages) with the CSS it would insert, rpx already in px. */
  css: Map<string, string>;
  /** Files compiled into the one that @imports them rather than on their own. */
  imported: string[];
  /** What wcsc reported as not allowed, per file. */
  warnings: string[];
}

/** The wcsc binary of the package; npm unpacks it without its execute bit. */
function wcscPath(): string {
  const binary = path.join(
    path.dirname(require.resolve('miniprogram-compiler/package.json')),
    'bin',
    'linux',
    'wcsc',
  );
  fs.chmodSync(binary, 0o755);
  return binary;
}

/**
 * Compiles every WXSS of the build with wcsc and evaluates each file's CSS at a 375 px screen. wcsc
 * is called directly: the package's wrapper stops reading its output at the first empty file, and
 * Taro's page WXSS files are empty.
 */
export function compileStyles(distDir: string): CompiledStyles {
  const files = listed(distDir, '.wxss');
  // Pages and components (a .json beside them) go first and are counted, as WeChat DevTools does.
  const isComponent = (file: string) =>
    file !== './app.wxss' && fs.existsSync(path.join(distDir, file.replace(/\.wxss$/, '.json')));
  const ordered = [...files.filter(isComponent), ...files.filter((file) => !isComponent(file))];
  const result = spawnSync(wcscPath(), ['-db', '-pc', String(files.filter(isComponent).length), ...ordered], {
    cwd: distDir,
    maxBuffer: MAX_OUTPUT,
  });
  if (result.status !== 0) throw new Error(`wcsc refused the styles: ${result.stderr.toString()}`);
  // key=value pairs; wcsc escapes every "=" inside a value as \x3d.
  const parts = result.stdout.toString().split('=');
  const output = new Map<string, string>();
  for (let index = 0; index + 1 < parts.length; index += 2) output.set(parts[index], parts[index + 1]);
  const literal = (escaped: string) => vm.runInNewContext(`"${escaped}"`) as string;

  const inserted = new Map<string, string>();
  const warnings: string[] = [];
  const sandbox = vm.createContext({
    navigator: { userAgent: 'iPhone' },
    window: {
      screen: { width: 375, height: 812 },
      devicePixelRatio: 2,
      __styleSheetManager2__: {
        addItem: () => undefined,
        // Keyed `path:suffix`; the unnamed sheet wcsc's preamble inserts is empty and not a file.
        setCss: (key: string, css: string) => {
          if (key.endsWith('.wxss:')) inserted.set(key.slice(0, -1), css);
        },
      },
    },
    console: {
      warn: (message: string) => warnings.push(message),
      error: (message: string) => warnings.push(message),
    },
  });
  vm.runInContext(literal(output.get('comm') ?? ''), sandbox);
  const compiled = [...output.values()].join('');
  const imported: string[] = [];
  for (const file of files) {
    const code = output.get(file);
    // A file another one @imports is compiled into it (wcsc marks its rules with wxcs_fileinfo).
    if (code === undefined && compiled.includes(`wxcs_fileinfo: ${file} `)) {
      imported.push(file);
      continue;
    }
    if (code === undefined) throw new Error(`wcsc compiled nothing for ${file}`);
    const insert = code === '' ? () => inserted.set(file, '') : vm.runInContext(literal(code), sandbox);
    if (typeof insert !== 'function') throw new Error(`wcsc output for ${file} is not a style function`);
    (insert as (suffix: string, options: object) => void)('', { allowIllegalSelector: true });
  }
  return { css: inserted, imported, warnings };
}

/** The text of a rendered tree in document order, one line per element that holds text directly. */
export function renderedText(node: RenderedNode | string): string {
  const lines: string[] = [];
  const walk = (current: RenderedNode | string): void => {
    if (typeof current === 'string') return;
    const own = current.children.filter((child): child is string => typeof child === 'string').join('');
    if (own.trim().length > 0) lines.push(own.trim());
    current.children.forEach(walk);
  };
  walk(node);
  return lines.join('\n');
}
