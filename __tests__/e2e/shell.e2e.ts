import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { startH5, screenshotPath, type H5Session } from './support/browser';
import { watchPii, type PiiAudit } from './support/pii';

let h5: H5Session;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
let pii: PiiAudit;

beforeAll(async () => {
  h5 = await startH5();
});

afterAll(async () => {
  await h5?.close();
});

beforeEach(async () => {
  ({ context, page, consoleErrors } = await h5.newPhone());
  pii = await watchPii(context);
});

afterEach(async () => {
  try {
    await pii.check();
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

test('the home page renders its Chinese text with no console error', async () => {
  await page.goto(h5.server.url);
  await page.getByText('您还未登录').waitFor();
  await page.screenshot({ path: screenshotPath('home-signed-out') });
  expect(consoleErrors).toEqual([]);
});

test('the PII audit itself catches a full ID number in storage, a phone number and a token in the console', async () => {
  // A context of its own: what is planted here must not fail this file's afterEach audit.
  const planted = await h5.browser.newContext();
  try {
    const audit = await watchPii(planted);
    const other = await planted.newPage();
    await other.goto(h5.server.url);
    await other.getByText('您还未登录').waitFor();
    await other.evaluate(() => {
      const token = 'planted-token-0123456789abcdef';
      window.sessionStorage.setItem('planted', '{"idNumber":"110101199003074514"}');
      window.localStorage.setItem(
        'family-session',
        JSON.stringify({ data: JSON.stringify({ state: { token }, version: 1 }) }),
      );
      console.info('请拨打 13912345678');
      console.debug({ nested: { token } });
    });
    const error = await audit.check().then(
      () => null,
      (failure: Error) => failure.message,
    );
    expect(error).toContain("sessionStorage (written)['planted'] holds the full number 1101**********4514");
    expect(error).toContain("sessionStorage['planted'] holds the full number 1101**********4514");
    expect(error).toContain('the console wrote the full number 139****5678');
    expect(error).toContain('the console wrote a session token');
    // Neither the numbers themselves nor the token are repeated in the report.
    expect(error).not.toMatch(/110101199003074514|13912345678|planted-token/);
  } finally {
    await planted.close();
  }
});

test('the PII audit does not take a digit run inside the session token for a phone number', async () => {
  const planted = await h5.browser.newContext();
  try {
    const audit = await watchPii(planted);
    const other = await planted.newPage();
    await other.goto(h5.server.url);
    await other.getByText('您还未登录').waitFor();
    await other.evaluate(() => {
      // 16 random bytes as hex can hold an 11-digit run starting 19 (one did, 190****5997, in a run).
      const token = 'ab19012345997cdef0123a4b5c6d7e8f';
      window.localStorage.setItem(
        'family-session',
        JSON.stringify({ data: JSON.stringify({ state: { token, sponsor: null }, version: 1 }) }),
      );
    });
    await expect(audit.check()).resolves.toMatchObject({ tokens: 1 });
  } finally {
    await planted.close();
  }
});
