import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../../scripts/static-server';
import { BROWSER_INSTALL_HINT, findBrowser } from '../../../scripts/find-browser';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');
const H5_ROOT = process.env.H5_DIST
  ? path.resolve(process.env.H5_DIST)
  : path.resolve(__dirname, '..', '..', '..', 'dist', 'h5');

/** The flags this machine needs: no sandbox as root, and no background calls to hosts we cannot reach. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A phone has a front camera: Chromium's fake one (a moving test pattern) stands in for it.
  '--use-fake-device-for-media-stream',
];

export type DeviceKind = 'phone' | 'desktop';

interface NewDevice {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
}

export interface H5Session {
  browser: Browser;
  server: StaticServer;
  /** A fresh profile at the size a person uses: a 390×844 touch phone, or QA's 1440×900 desktop. */
  newDevice(kind: DeviceKind): Promise<NewDevice>;
  newPhone(): Promise<NewDevice>;
  close(): Promise<void>;
}

const DEVICES: Record<DeviceKind, Parameters<Browser['newContext']>[0]> = {
  phone: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    // The person allows the camera when the face step asks (device.ts can make them refuse).
    permissions: ['camera'],
  },
  desktop: {
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    permissions: ['camera'],
  },
};

export async function startH5(): Promise<H5Session> {
  if (!fs.existsSync(path.join(H5_ROOT, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5:demo` before the browser tests');
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveStatic(H5_ROOT);
  const executablePath = findBrowser();
  if (!executablePath) {
    throw new Error(`no Chrome or Chromium found: set CHROME_PATH, or run \`${BROWSER_INSTALL_HINT}\``);
  }
  const browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
  });
  async function newDevice(kind: DeviceKind): Promise<NewDevice> {
    const context = await browser.newContext(DEVICES[kind]);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    return { context, page, consoleErrors };
  }
  return {
    browser,
    server,
    newDevice,
    newPhone: () => newDevice('phone'),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function screenshotPath(name: string): string {
  return path.join(ARTIFACTS, `${name}.png`);
}
