import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CONDITIONS, type ListTarget, type VisibleTarget } from './config';

/** Loads H5 builds in Debian's Chromium under throttling and reads paint timings from the page. */

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A phone-sized context. tsx compiles with esbuild's keepNames, which wraps named inner functions
 * in `__name(...)`: functions handed to the page carry that call, so the page gets a stand-in.
 */
async function newPhone(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: CONDITIONS.viewport,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  await context.addInitScript('window.__name = (fn) => fn;');
  return context;
}

export interface LoadMetrics {
  /** Milliseconds from navigation start, as the page's own performance timeline has them. */
  fcpMs: number | null;
  lcpMs: number | null;
  targetVisibleMs: number;
  /** Bytes on the wire of every script and stylesheet fetched until the target showed. */
  jsCssTransferredBytes: number;
  /** The Content-Encoding the server answered the scripts with ('identity' when none). */
  scriptEncodings: string[];
}

interface BenchState {
  targetVisibleMs?: number;
  lcpMs?: number;
}

/**
 * Runs in the page before any of its scripts: watches LCP candidates (buffered, so none is missed)
 * and checks every frame for the target; it counts as visible when the first frame that shows it
 * has been rendered.
 */
function installProbe({ selector, text }: { selector: string; text: string }): void {
  const state: BenchState = {};
  Object.assign(window, { __bench: state });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.lcpMs = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const shows = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      getComputedStyle(element).visibility !== 'hidden'
    );
  };
  const check = (): void => {
    const found = [...document.querySelectorAll(selector)].some(
      (element) => element.textContent?.includes(text) && shows(element),
    );
    if (!found) {
      requestAnimationFrame(check);
      return;
    }
    // A message posted from requestAnimationFrame is handled once that frame has been rendered.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.targetVisibleMs = performance.now();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);
}

/** One cold load: fresh context, cache off, throttled CPU and network. */
export async function measureLoad(
  browser: Browser,
  url: string,
  target: VisibleTarget,
): Promise<LoadMetrics> {
  const context = await newPhone(browser);
  try {
    await context.addInitScript(installProbe, { selector: target.selector, text: target.text });
    const page = await context.newPage();
    const cdp = await page.context().newCDPSession(page);
    const encodings = new Set<string>();
    cdp.on('Network.responseReceived', ({ response }) => {
      if (!/\.js(\?|$)/.test(response.url)) return;
      const header = Object.entries(response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      );
      encodings.add(header ? String(header[1]) : 'identity');
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: CONDITIONS.latencyMs,
      downloadThroughput: CONDITIONS.downloadBytesPerSecond,
      uploadThroughput: CONDITIONS.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(
      () => (window as unknown as { __bench?: BenchState }).__bench?.targetVisibleMs !== undefined,
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    // Later, larger paints can still become the LCP; give them a moment before reading it.
    await page.waitForTimeout(1500);
    const timings = await page.evaluate(() => {
      const state = (window as unknown as { __bench: BenchState }).__bench;
      const visible = state.targetVisibleMs ?? 0;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const transferred = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
        .filter((entry) => /\.(js|css)(\?|$)/.test(entry.name) && entry.responseEnd <= visible)
        .reduce((sum, entry) => sum + entry.transferSize, 0);
      return {
        fcpMs: fcp?.startTime ?? null,
        lcpMs: state.lcpMs ?? null,
        targetVisibleMs: visible,
        jsCssTransferredBytes: transferred,
      };
    });
    return { ...timings, scriptEncodings: [...encodings].sort() };
  } finally {
    await context.close();
  }
}

export interface ListMetrics {
  /** From navigation start to the first frame showing a list item. */
  firstListPaintMs: number;
  /** Most list items in the DOM at any point of the scroll. */
  maxItemsInDom: number;
  /** Most elements in the whole document at any point of the scroll. */
  maxElementsInDom: number;
  /** Distinct records that passed by, to tell whether the scroll reached them all. */
  recordsSeen: number;
}

/** Notes the first frame in which a list item is on screen, as `window.__firstListPaintMs`. */
function firstListPaintScript(itemSelector: string): string {
  return `
    const shows = (element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
    };
    const check = () => {
      if ([...document.querySelectorAll(${JSON.stringify(itemSelector)})].some(shows))
        requestAnimationFrame(() => { window.__firstListPaintMs = performance.now(); });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  `;
}

/**
 * Opens a list page (after `setupScript`, which may put a prepared state in storage), times its
 * first list paint, then scrolls it to the end a screen at a time and counts what the DOM holds on
 * the way: a virtualised list keeps a screenful of items however many records pass.
 */
export async function measureListNodes(
  browser: Browser,
  baseUrl: string,
  list: ListTarget,
  options: { setupScript?: string; cpuSlowdown?: number } = {},
): Promise<ListMetrics> {
  const context = await newPhone(browser);
  try {
    if (options.setupScript) await context.addInitScript(options.setupScript);
    await context.addInitScript(firstListPaintScript(list.itemSelector));
    const page = await context.newPage();
    if (options.cpuSlowdown && options.cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
    }
    await page.goto(`${baseUrl}#/${list.route}${list.query}`, { waitUntil: 'load' });
    await page
      .waitForFunction(() => '__firstListPaintMs' in window, undefined, { timeout: 60_000 })
      .catch(() => {
        throw new Error(`no ${list.itemSelector} on #/${list.route}${list.query} within 60 s`);
      });
    const firstListPaintMs = await page.evaluate(() =>
      Math.round((window as unknown as { __firstListPaintMs: number }).__firstListPaintMs),
    );
    const scrolled = await page.evaluate(async (itemSelector) => {
      const scrollable = (element: Element | null): Element => {
        for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
          const overflow = getComputedStyle(node).overflowY;
          if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
            return node;
        }
        return document.scrollingElement ?? document.documentElement;
      };
      const scroller = scrollable(document.querySelector(itemSelector));
      const seen = new Set<string>();
      let maxItems = 0;
      let maxElements = 0;
      // Stop after the scroll position has not moved for a while: the end, even with lazy loading.
      for (let still = 0, step = 0; still < 10 && step < 5000; step++) {
        const items = document.querySelectorAll(itemSelector);
        // A row's place in the list when it says (aria-posinset), else its text.
        items.forEach((item) => seen.add(item.getAttribute('aria-posinset') ?? item.textContent ?? ''));
        maxItems = Math.max(maxItems, items.length);
        maxElements = Math.max(maxElements, document.getElementsByTagName('*').length);
        const before = scroller.scrollTop;
        scroller.scrollTop = before + scroller.clientHeight * 0.8;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await new Promise((resolve) => setTimeout(resolve, 30));
        still = scroller.scrollTop === before ? still + 1 : 0;
      }
      return { maxItemsInDom: maxItems, maxElementsInDom: maxElements, recordsSeen: seen.size };
    }, list.itemSelector);
    return { firstListPaintMs, ...scrolled };
  } finally {
    await context.close();
  }
}
