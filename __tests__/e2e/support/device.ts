import type { BrowserContext, Page } from 'playwright-core';
import { startH5, type DeviceKind, type H5Session } from './browser';
import { answerPhotoPickers } from './app';
import { expectAccessible } from './axe';
import { watchPii, type PiiAudit } from './pii';

/** What a test reaches through `freshDevicePerTest()`: a new browser profile for each test. */
export interface Device {
  readonly h5: H5Session;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly pii: PiiAudit;
}

interface DeviceOptions {
  /** `phone` (390×844, touch) unless told; `desktop` is 1440×900, as QA runs it. */
  kind?: DeviceKind;
  /** Answer every photo picker with a real image, as if the person took a picture. */
  photos?: boolean;
  /** Whether the person allows the camera when the H5 face step asks; allowed unless told. */
  camera?: 'allow' | 'deny';
}

/**
 * Registers the hooks every browser test file shares: one H5 server and browser per file, a fresh
 * profile per test (so the mock back end starts from the seed), and after each test the PII audit
 * of what the pages logged and stored, no console error, and axe-core on the page the test ends on.
 */
export function freshDevicePerTest(options: DeviceOptions = {}): Device {
  let h5: H5Session | undefined;
  let current: Omit<Device, 'h5'> | undefined;

  beforeAll(async () => {
    h5 = await startH5();
  });

  afterAll(async () => {
    await h5?.close();
  });

  beforeEach(async () => {
    if (!h5) throw new Error('the H5 server did not start');
    const { context, page, consoleErrors } = await h5.newDevice(options.kind ?? 'phone');
    const pii = await watchPii(context);
    if (options.photos) answerPhotoPickers(page);
    // Not granted, Chromium under Playwright refuses the camera, as a person tapping 禁止 does.
    if (options.camera === 'deny') await context.clearPermissions();
    current = { context, page, consoleErrors, pii };
  });

  afterEach(async () => {
    if (!current) return;
    try {
      await current.pii.check();
      expect(current.consoleErrors).toEqual([]);
      await expectAccessible(current.page);
    } finally {
      await current.context.close();
    }
  });

  function now(): Omit<Device, 'h5'> {
    if (!current) throw new Error('a device exists only inside a test');
    return current;
  }
  return {
    get h5() {
      if (!h5) throw new Error('the H5 server exists only inside a test');
      return h5;
    },
    get context() {
      return now().context;
    },
    get page() {
      return now().page;
    },
    get consoleErrors() {
      return now().consoleErrors;
    },
    get pii() {
      return now().pii;
    },
  };
}
