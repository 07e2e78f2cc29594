import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { readAppManifest, readJson, usingComponentsOf, type AppManifest, type PageEntry } from './app-json';
import type { ExpectedText, Expectations } from './expectations';
import {
  createFakePlatform,
  type ApiCall,
  type FakePlatformOptions,
  type HarnessNetwork,
  type Platform,
} from './fake-platform';
import { MiniProgramModules } from './modules';
import { applySetData, findElementPath, ownText, visibleText } from './render-data';
import { SandboxTimers } from './timers';
import { asRecord, callable, describeError, isErrorLike, isRecord } from './values';

/**
 * Boots a built mini-program (dist/weapp or dist/alipay) the way the platform would, minus the
 * renderer: app.js, then every page in app.json order with its lifecycle, in one shared JS context
 * with a fake `wx` / `my`. See docs/boot-harness.md for what the fake covers.
 */
export interface BootOptions {
  distDir: string;
  platform: Platform;
  expectations: Expectations;
  /** Longest wait for the sandbox to go quiet after each lifecycle step. */
  settleMs?: number;
  /** The back end behind wx.request / my.request; none by default (every request fails). */
  network?: HarnessNetwork;
  /** Storage the app finds at launch, e.g. a signed-in session. */
  storage?: Record<string, string>;
  privacy?: FakePlatformOptions['privacy'];
  /** The person's platform account: the phone it verified and whether they let the app have it. */
  account?: FakePlatformOptions['account'];
  camera?: FakePlatformOptions['camera'];
  face?: FakePlatformOptions['face'];
  photoBytes?: FakePlatformOptions['photoBytes'];
  /** What a person does on a page after its first render, before its text is checked. */
  actions?: Record<string, HarnessAction[]>;
  /** The query a page is opened with (onLoad's options), as navigateTo's url would carry it. */
  queries?: Record<string, Record<string, string>>;
}

/**
 * A tap on the element that shows this text, typing into the input with this placeholder, or
 * another event of an element (e.g. WeChat's agreeprivacyauthorization on the agree button), or
 * the phone-number button with this text answered as the platform answers it (`account`).
 */
export type HarnessAction =
  | { tap: string }
  | { input: string; value: string }
  | { event: string; on: string }
  | { phoneButton: string }
  | { event: string; at: string; touches?: { x: number; y: number }[] };

export interface BootFailure {
  /** The page being booted when it happened; null while the app itself launches. */
  route: string | null;
  stage: string;
  message: string;
}

export interface SetDataRecord {
  /** The page route, or `component:<path>` for a component instance. */
  target: string;
  payload: Record<string, unknown>;
  bytes: number;
  atMs: number;
}

export interface PageReport {
  route: string;
  tab: boolean;
  subpackage: string | null;
  setDataCalls: number;
  /** Size of the first setData: the whole first screen goes over the bridge in it. */
  firstRenderBytes: number | null;
  text: string;
  /** The page's data after its first render, for rendering it through WeChat's own templates. */
  data: Record<string, unknown>;
  failures: BootFailure[];
}

export interface BootReport {
  platform: Platform;
  distDir: string;
  pages: PageReport[];
  components: string[];
  /** Every failure, the pages' included. */
  failures: BootFailure[];
  /** console.error / console.warn of the app without an Error object: reported, not failures. */
  console: { level: 'error' | 'warn'; route: string | null; message: string }[];
  apiCalls: ApiCall[];
  setData: SetDataRecord[];
  /**
   * Each tab page's visible text when the boot ends. Tab pages stay loaded once opened, so this is
   * what the person finds on switching back, e.g. 首页 after signing in on a later page.
   */
  tabTextsAtEnd: Record<string, string>;
}

const DEFAULT_SETTLE_MS = 3000;
/** WeChat refuses a setData payload above 1 MB; Alipay's bridge is no more generous. */
const SET_DATA_LIMIT_BYTES = 1024 * 1024;
const ALIPAY_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AlipayClient/10.6.20 Language/zh-Hans';

type Instance = Record<string, unknown> & { data: Record<string, unknown> };

export function matchesExpected(text: string, expected: ExpectedText): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

export async function bootMiniProgram(options: BootOptions): Promise<BootReport> {
  const { distDir, platform, expectations } = options;
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const weapp = platform === 'weapp';
  const started = Date.now();
  const report: BootReport = {
    platform,
    distDir,
    pages: [],
    components: [],
    failures: [],
    console: [],
    apiCalls: [],
    setData: [],
    tabTextsAtEnd: {},
  };
  const tabInstances = new Map<string, Instance>();
  let currentRoute: string | null = null;
  const fail = (stage: string, message: string, route: string | null = currentRoute): void => {
    report.failures.push({ route, stage, message });
  };

  let manifest: AppManifest;
  try {
    manifest = readAppManifest(distDir);
  } catch (error) {
    fail('app.json', describeError(error));
    return report;
  }
  const routes = new Set(manifest.pages.map((page) => page.route));
  for (const route of Object.keys(expectations)) {
    if (!routes.has(route))
      fail('expectations', `${route} has expected texts but is not a page of app.json`, route);
  }

  const timers = new SandboxTimers((source, error) => fail(`${source} callback`, describeError(error)));
  const fake = createFakePlatform(platform, {
    timers,
    routes,
    tabRoutes: manifest.tabRoutes,
    onProblem: (api, message) => fail(api, message),
    network: options.network,
    storage: options.storage,
    privacy: options.privacy,
    account: options.account,
    camera: options.camera,
    face: options.face,
    photoBytes: options.photoBytes,
  });
  report.apiCalls = fake.calls;

  // What App(), Page() and Component() register, keyed by the file being evaluated.
  let evaluating: { kind: 'app' | 'page' | 'component'; file: string } | null = null;
  // An object, not `let`s: TypeScript does not see the assignments made inside App().
  const registered: {
    app: Record<string, unknown> | null;
    pages: Map<string, Record<string, unknown>>;
    components: Map<string, Record<string, unknown>>;
  } = { app: null, pages: new Map(), components: new Map() };
  const register = (kind: 'app' | 'page' | 'component', name: string, config: unknown): void => {
    if (!isRecord(config)) {
      fail(name, `${name} was given a ${typeof config}, not an object`);
    } else if (evaluating?.kind !== kind) {
      fail(name, `${name} was called outside ${kind === 'app' ? 'app.js' : `a ${kind} script`}`);
    } else if (kind === 'app') {
      if (registered.app) fail(name, 'App() was called twice');
      registered.app = config;
    } else {
      (kind === 'page' ? registered.pages : registered.components).set(evaluating.file, config);
    }
  };

  const stack: Instance[] = [];
  const record =
    (level: 'error' | 'warn') =>
    (...args: unknown[]): void => {
      // React logs a render error it caught (console.error(error)) instead of throwing it: a page
      // that broke while rendering must fail even when no expected text would notice.
      const logged = level === 'error' ? args.find(isErrorLike) : undefined;
      if (logged !== undefined) {
        fail('console.error', describeError(logged));
        return;
      }
      const message = args.map((arg) => (typeof arg === 'string' ? arg : describeError(arg))).join(' ');
      report.console.push({ level, route: currentRoute, message });
    };
  const quiet = (): void => undefined;
  const globals: Record<string, unknown> = {
    [weapp ? 'wx' : 'my']: fake.api,
    App: (config: unknown) => register('app', 'App()', config),
    Page: (config: unknown) => register('page', 'Page()', config),
    Component: (config: unknown) => register('component', 'Component()', config),
    // Before App() has run the platforms answer undefined.
    getApp: () => registered.app ?? undefined,
    getCurrentPages: () => [...stack],
    console: { log: quiet, info: quiet, debug: quiet, warn: record('warn'), error: record('error') },
    ...timers.globals,
    // WeChat's Behavior() returns an opaque id; Alipay keeps a `navigator` with only swuserAgent.
    ...(weapp
      ? { Behavior: (definition: unknown) => definition }
      : { navigator: { swuserAgent: ALIPAY_USER_AGENT } }),
  };
  const context = vm.createContext(globals, { name: `${platform} boot harness` });
  const modules = new MiniProgramModules(distDir, context);

  const evaluate = (kind: 'app' | 'page' | 'component', file: string): boolean => {
    evaluating = { kind, file };
    try {
      modules.load(`${file}.js`);
      return true;
    } catch (error) {
      fail(`evaluate ${file}.js`, describeError(error));
      return false;
    } finally {
      evaluating = null;
    }
  };
  const invoke = (target: Record<string, unknown>, name: string, args: unknown[] = []): void => {
    const fn = callable(target[name]);
    if (!fn) return;
    try {
      fn.apply(target, args);
    } catch (error) {
      fail(name, describeError(error));
    }
  };
  const settle = () => timers.settle(settleMs);

  let nextViewId = 1;
  const setDataOf = (target: string, instance: () => Instance) => (payload: unknown, callback?: unknown) => {
    if (!isRecord(payload)) {
      fail('setData', `setData was given a ${typeof payload}, not an object`);
      return;
    }
    let json: string;
    try {
      json = JSON.stringify(payload);
    } catch (error) {
      fail('setData', `payload is not serialisable: ${describeError(error)}`);
      return;
    }
    const bytes = Buffer.byteLength(json);
    if (bytes > SET_DATA_LIMIT_BYTES)
      fail('setData', `a payload of ${(bytes / 1024).toFixed(0)} KB exceeds the 1 MB limit`);
    // What crosses the bridge is JSON: functions and undefined vanish, as on the device. The record
    // gets its own copy, or later paths would edit it through the page data.
    applySetData(instance().data, JSON.parse(json) as Record<string, unknown>);
    report.setData.push({
      target,
      payload: JSON.parse(json) as Record<string, unknown>,
      bytes,
      atMs: Date.now() - started,
    });
    const done = callable(callback);
    if (done) timers.defer('setData', () => done.call(instance()));
  };
  const cloneData = (value: unknown): Record<string, unknown> =>
    isRecord(value) ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : {};

  const createPage = (route: string, config: Record<string, unknown>): Instance => {
    const viewId = nextViewId++;
    const instance: Instance = { ...config, data: cloneData(config.data) };
    const platformFields: Record<string, unknown> = weapp
      ? {
          __wxWebviewId__: viewId,
          getPageId: () => `pageId:${viewId}`,
          selectComponent: () => null,
          selectAllComponents: () => [],
          createSelectorQuery: fake.api.createSelectorQuery,
          getOpenerEventChannel: () => ({ emit: quiet, on: quiet, once: quiet, off: quiet }),
        }
      : { $viewId: String(viewId) };
    Object.assign(instance, platformFields, {
      route,
      __route__: route,
      options: {},
      setData: setDataOf(route, () => instance),
    });
    return instance;
  };

  /** One instance of a component with its default properties: enough to run its lifecycle once. */
  const mountComponent = (file: string, config: Record<string, unknown>): void => {
    const target = `component:${file}`;
    const declared = asRecord(weapp ? config.properties : config.props);
    const defaults = Object.fromEntries(
      Object.entries(declared).map(([key, spec]) => [
        key,
        weapp ? (isRecord(spec) && 'value' in spec ? spec.value : null) : spec,
      ]),
    );
    const instance: Instance = {
      ...asRecord(config.methods),
      data: { ...cloneData(config.data), ...(weapp ? defaults : {}) },
    };
    Object.assign(instance, {
      is: file,
      id: '',
      dataset: {},
      setData: setDataOf(target, () => instance),
      ...(weapp
        ? { properties: defaults, triggerEvent: quiet, getPageId: () => `pageId:${nextViewId - 1}` }
        : { props: defaults, $page: stack[stack.length - 1] }),
    });
    const lifetimes = asRecord(config.lifetimes);
    const hooks = weapp ? ['created', 'attached', 'ready', 'detached'] : ['onInit', 'didMount', 'didUnmount'];
    for (const hook of hooks) {
      const fn = callable(lifetimes[hook] ?? config[hook]);
      if (!fn) continue;
      try {
        fn.call(instance);
      } catch (error) {
        fail(`${file} ${hook}`, describeError(error));
      }
    }
  };

  /** Evaluates the components a page or component declares (usingComponents), depth first, once each. */
  const componentsSeen = new Set<string>();
  const loadComponents = (ownerFile: string, using: Record<string, string>): void => {
    for (const [tag, reference] of Object.entries(using)) {
      if (reference.startsWith('plugin://')) continue;
      const file = reference.startsWith('/')
        ? reference.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(ownerFile), reference));
      // Taro's recursive `comp` lists itself.
      if (componentsSeen.has(file)) continue;
      componentsSeen.add(file);
      if (!modules.has(`${file}.js`)) {
        fail('usingComponents', `<${tag}> of ${ownerFile}: ${reference} is not in the build`);
        continue;
      }
      const jsonFile = path.join(distDir, `${file}.json`);
      if (fs.existsSync(jsonFile)) loadComponents(file, usingComponentsOf(readJson(jsonFile)));
      if (!evaluate('component', file)) continue;
      const config = registered.components.get(file);
      if (!config) {
        fail('Component()', `${file}.js did not call Component()`);
        continue;
      }
      report.components.push(file);
      mountComponent(file, config);
    }
  };

  /**
   * Does what a person would: the platform calls the page's `eh` for the element touched and then
   * for each element around it (every element of Taro's templates binds the event), as native
   * bubbling does. Returns what stopped it, or null.
   */
  const perform = (instance: Instance, action: HarnessAction): string | null => {
    const typing = 'input' in action;
    const byId = 'at' in action;
    const wanted =
      'tap' in action
        ? action.tap
        : 'on' in action
          ? action.on
          : 'phoneButton' in action
            ? action.phoneButton
            : byId
              ? action.at
              : action.input;
    const path = findElementPath(instance.data.root, (node) =>
      typing
        ? // Taro names an input's props by number (placeholder is p13 on WeChat): match any of them.
          Object.entries(node).some(([key, value]) => key !== 'cn' && value === wanted)
        : byId
          ? node.uid === wanted
          : ownText(node) === wanted,
    );
    if (!path) return `no element shows ${JSON.stringify(wanted)}`;
    const [innermost] = path;
    const target = { id: String(innermost.uid ?? innermost.sid), dataset: { sid: innermost.sid } };
    const platformEvent = 'phoneButton' in action ? fake.phoneButtonEvent() : null;
    const type = platformEvent
      ? platformEvent.type
      : 'tap' in action
        ? 'tap'
        : 'event' in action
          ? action.event
          : 'input';
    const detail = platformEvent
      ? platformEvent.detail
      : typing
        ? { value: action.value, cursor: action.value.length }
        : { x: 1, y: 1 };
    for (const element of typing ? [innermost] : path) {
      const currentTarget = { id: String(element.uid ?? element.sid), dataset: { sid: element.sid } };
      invoke(instance, 'eh', [
        {
          type,
          timeStamp: Date.now() - started,
          target,
          currentTarget,
          detail,
          // A finger on a canvas: canvas-relative x / y, as the mini-programs report them.
          touches: byId ? (action.touches ?? []) : [],
          changedTouches: byId ? (action.touches ?? []) : [],
        },
      ]);
    }
    return null;
  };

  const leave = (instance: Instance, tab: boolean): void => {
    invoke(instance, tab ? 'onHide' : 'onUnload');
  };

  const bootPage = async ({ route, subpackage }: PageEntry): Promise<void> => {
    currentRoute = route;
    const tab = manifest.tabRoutes.has(route);
    const before = report.setData.length;
    const pageReport: PageReport = {
      route,
      tab,
      subpackage,
      setDataCalls: 0,
      firstRenderBytes: null,
      text: '',
      data: {},
      failures: [],
    };
    report.pages.push(pageReport);

    const shown = stack[stack.length - 1];
    if (shown) {
      leave(shown, manifest.tabRoutes.has(String(shown.route)));
      await settle();
    }
    const jsonFile = path.join(distDir, `${route}.json`);
    loadComponents('app', manifest.usingComponents);
    if (fs.existsSync(jsonFile)) loadComponents(route, usingComponentsOf(readJson(jsonFile)));

    if (!modules.has(`${route}.js`)) {
      fail('script', `${route}.js is missing from the build`);
    } else if (evaluate('page', route)) {
      const config = registered.pages.get(route);
      if (!config) {
        fail('Page()', `${route}.js did not call Page()`);
      } else {
        const instance = createPage(route, config);
        if (tab) tabInstances.set(route, instance);
        // A tab page replaces the stack (switchTab); any other page is pushed on the last tab page.
        const lastTab = stack.find((page) => manifest.tabRoutes.has(String(page.route)));
        stack.splice(0, stack.length, ...(tab || !lastTab ? [instance] : [lastTab, instance]));
        invoke(instance, 'onLoad', [{ ...options.queries?.[route] }]);
        invoke(instance, 'onShow');
        await settle();
        invoke(instance, 'onReady');
        await settle();
        for (const action of options.actions?.[route] ?? []) {
          const problem = perform(instance, action);
          if (problem) fail('action', problem);
          await settle();
        }

        const text = visibleText(instance.data);
        pageReport.text = text;
        pageReport.data = JSON.parse(JSON.stringify(instance.data)) as Record<string, unknown>;
        const expected = expectations[route];
        if (tab && !expected)
          fail('expectations', 'a tab page needs its expected text in scripts/boot/expectations.ts');
        for (const item of expected ?? []) {
          if (!matchesExpected(text, item)) {
            fail('first render', `lacks ${String(item)}; it shows: ${JSON.stringify(text.slice(0, 300))}`);
          }
        }
      }
    }
    const ownWrites = report.setData.slice(before).filter((entry) => entry.target === route);
    pageReport.setDataCalls = ownWrites.length;
    pageReport.firstRenderBytes = ownWrites[0]?.bytes ?? null;
  };

  const onRejection = (reason: unknown): void => fail('unhandled promise rejection', describeError(reason));
  process.on('unhandledRejection', onRejection);
  try {
    const evaluated = evaluate('app', 'app');
    const app = registered.app;
    if (!app) {
      // A throwing app.js is already reported; no page can start either way.
      if (evaluated) fail('App()', 'app.js did not call App(): no page can start');
    } else {
      const launch = fake.api.getLaunchOptionsSync;
      const launchOptions = callable(launch)?.() ?? {};
      invoke(app, 'onLaunch', [launchOptions]);
      invoke(app, 'onShow', [launchOptions]);
      await settle();
      for (const page of manifest.pages) await bootPage(page);
      currentRoute = null;
      for (const [route, instance] of tabInstances) report.tabTextsAtEnd[route] = visibleText(instance.data);
      const last = stack[stack.length - 1];
      if (last) leave(last, manifest.tabRoutes.has(String(last.route)));
      invoke(app, 'onHide');
      await settle();
    }
  } finally {
    process.off('unhandledRejection', onRejection);
    timers.dispose();
  }
  for (const page of report.pages)
    page.failures = report.failures.filter((failure) => failure.route === page.route);
  return report;
}
